package nl.stedenband.task;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    @Query(
            "select t from Task t join fetch t.assignee left join fetch t.creator left join fetch t.completedBy where t.id = :id")
    Optional<Task> findWithPeople(long id);

    @Query(
            "select t from Task t join fetch t.assignee where t.subjectType = :type and t.subjectId = :id and t.title = :title"
                    + " and t.status = nl.stedenband.task.TaskStatus.OPEN order by t.id")
    List<Task> findOpen(String type, long id, String title);

    /** The record is gone: its tasks stay, without the link. */
    @Modifying
    @Query("update Task t set t.subjectType = null, t.subjectId = null, t.version = t.version + 1"
            + " where t.subjectType = :type and t.subjectId = :id")
    int unlink(String type, long id);
}
