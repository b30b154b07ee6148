package nl.stedenband.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findBySubjectTypeAndSubjectIdOrderByOccurredOnDescIdDesc(String subjectType, long subjectId);

    @Modifying
    @Query("delete from Activity a where a.subjectType = :subjectType and a.subjectId = :subjectId")
    int deleteBySubject(String subjectType, long subjectId);
}
