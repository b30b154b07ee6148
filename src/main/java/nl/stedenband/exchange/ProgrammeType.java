package nl.stedenband.exchange;

/** The kinds of exchange the partnerships carry. */
public enum ProgrammeType {
    STUDENT_EXCHANGE("Student exchange"),
    TEACHER_EXCHANGE("Teacher exchange"),
    INTERNSHIP("Internship"),
    STUDENT_RECRUITMENT("Student recruitment"),
    STUDY_VISIT("Study visit");

    private final String label;

    ProgrammeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
