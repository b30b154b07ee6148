package nl.stedenband.meeting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the videoconference list. */
public record MeetingListItem(
        long id,
        String topic,
        @Nullable String theme,
        Instant startAt,
        int durationMinutes,
        MeetingStatus status,
        String organizingCity,
        String localTimes) {}
