package nl.stedenband.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VideoconferenceRepository extends JpaRepository<Videoconference, Long> {

    @Query(
            "select distinct v from Videoconference v join fetch v.organizingCity left join fetch v.cities"
                    + " left join fetch v.participants p left join fetch p.organization left join fetch p.city where v.id = :id")
    Optional<Videoconference> findWithDetails(long id);

    /** With {@code upcoming}, only sessions still to come: not started and not cancelled. */
    @Query(
            "select v.id from Videoconference v where (:upcoming = false or (v.startAt >= :now and v.status <> nl.stedenband.meeting.MeetingStatus.CANCELLED))"
                    + " and (:text = '' or v.topic like :text or v.theme like :text)")
    List<Long> findPageIds(boolean upcoming, Instant now, String text, Pageable page);

    @Query(
            "select count(v) from Videoconference v where (:upcoming = false or (v.startAt >= :now and v.status <> nl.stedenband.meeting.MeetingStatus.CANCELLED))"
                    + " and (:text = '' or v.topic like :text or v.theme like :text)")
    long countPage(boolean upcoming, Instant now, String text);

    @Query(
            "select distinct v from Videoconference v join fetch v.organizingCity left join fetch v.cities where v.id in :ids")
    List<Videoconference> findWithCities(Collection<Long> ids);

    /** Sessions, other than this one, that a participant is in and that overlap the time. */
    @Query("select distinct v from Videoconference v join v.participants p where p.id in :contactIds"
            + " and v.id <> :excludedId and v.status <> nl.stedenband.meeting.MeetingStatus.CANCELLED"
            + " and v.startAt < :end and v.startAt > :earliestStart")
    List<Videoconference> findCandidatesOverlapping(
            Collection<Long> contactIds, long excludedId, Instant end, Instant earliestStart);
}
