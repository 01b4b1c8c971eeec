package vn.da06.sample;

/** The single mistake a sample workbook carries so that the import must reject it (the contract's reject list). */
public enum Mistake {
    NUMERATOR_OVER_DENOMINATOR("tử số lớn hơn mẫu số"),
    NEGATIVE_NUMBER("số âm"),
    PROGRESS_OVER_100("tiến độ lớn hơn 100%"),
    COMPLETION_IN_FUTURE("ngày hoàn thành trong tương lai"),
    DUPLICATE_TASK_ROW("một nhiệm vụ ghi trên hai dòng"),
    UNASSIGNED_TASK_ROW("dòng nhiệm vụ không giao cho đơn vị"),
    OTHER_UNIT_WORKBOOK("tệp của đơn vị khác trong thư mục của đơn vị");

    private final String description;

    Mistake(String description) {
        this.description = description;
    }

    /** Vietnamese description, e.g. "tử số lớn hơn mẫu số". */
    public String description() {
        return description;
    }
}
