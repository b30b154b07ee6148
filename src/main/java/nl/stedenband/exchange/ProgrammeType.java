package nl.stedenband.exchange;

/** The kinds of exchange the partnerships carry. */
public enum ProgrammeType {
    STUDENT_EXCHANGE,
    TEACHER_EXCHANGE,
    INTERNSHIP,
    STUDENT_RECRUITMENT,
    STUDY_VISIT;

    /** The bundle key of the name people see, e.g. {@code enum.programmeType.STUDENT_EXCHANGE}. */
    public String labelKey() {
        return "enum.programmeType." + name();
    }
}
