package vn.da06.report;

import java.util.Map;

/**
 * The words a document uses for the ground its plan covers and the units that report on it (sql/report/plan.sql):
 * a district's report speaks of "huyện", its "phòng, ban, ngành" and "xã, thị trấn"; a province's of "tỉnh", its
 * "sở, ban, ngành" and "xã, phường".
 *
 * @param ground   "huyện", "tỉnh", "xã": after "trên địa bàn", "toàn", "Ủy ban nhân dân"
 * @param offices  the offices or departments of the plan's unit, as in "các phòng, ban, ngành"
 * @param communes the local units below it, as in "UBND các xã, thị trấn"
 * @param above    who decides what the plan's unit cannot, as in "thuộc thẩm quyền của tỉnh và Trung ương"
 */
record Area(String ground, String offices, String communes, String above) {

    static Area of(Map<String, Object> plan) {
        return new Area((String) plan.get("area"), (String) plan.get("offices"), (String) plan.get("communes"),
                (String) plan.get("above"));
    }

    /** "Ủy ban nhân dân huyện". */
    String council() {
        return "Ủy ban nhân dân " + ground;
    }
}
