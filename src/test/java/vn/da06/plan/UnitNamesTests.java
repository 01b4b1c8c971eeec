package vn.da06.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.da06.plan.Plan.UnitRef;

class UnitNamesTests {

    private final UnitNames names = new UnitNames();

    @BeforeEach
    void knownNames() {
        names.add("Công an huyện", UnitRef.unit("CAH"));
        names.add("Văn phòng HĐND & UBND huyện", UnitRef.unit("VPUB"));
        names.add("Ngân hàng", UnitRef.unit("NH"));
        names.add("Phòng LĐ-TB&XH", UnitRef.unit("PLDTBXH"));
        names.add("Bảo hiểm xã hội huyện", UnitRef.unit("BHXH"));
        names.add("UBND các xã, thị trấn", UnitRef.group("XA"));
        names.add("Các phòng, ban, ngành liên quan", UnitRef.group("PBN"));
    }

    @Test
    void readsListsWithCommasInsideGroupNames() {
        assertThat(names.read("Các phòng, ban, ngành liên quan; UBND các xã, thị trấn").refs())
                .containsExactly(UnitRef.group("PBN"), UnitRef.group("XA"));
        assertThat(names.read("Công an huyện, UBND các xã, thị trấn").refs())
                .containsExactly(UnitRef.unit("CAH"), UnitRef.group("XA"));
    }

    @Test
    void ignoresSpacingCaseAndAccents() {
        assertThat(names.read("Văn phòng HĐND &UBND huyện").refs()).containsExactly(UnitRef.unit("VPUB"));
        assertThat(names.read("van phong hdnd & ubnd HUYEN").refs()).containsExactly(UnitRef.unit("VPUB"));
        String nfd = java.text.Normalizer.normalize("Công an huyện", java.text.Normalizer.Form.NFD);
        assertThat(names.read(nfd).refs()).containsExactly(UnitRef.unit("CAH"));
    }

    @Test
    void splitsNamesWhoseSeparatorWasLost() {
        assertThat(names.read("Ngân hàng Công an huyện").refs()).containsExactly(UnitRef.unit("NH"), UnitRef.unit("CAH"));
        assertThat(names.read("Phòng LĐ-TB&XH; Bảo hiểm xã hội huyện").refs())
                .containsExactly(UnitRef.unit("PLDTBXH"), UnitRef.unit("BHXH"));
    }

    @Test
    void namesThePieceItCannotRead() {
        UnitNames.Result result = names.read("Công an huyện, Phòng Ngoại giao, Ngân hàng");
        assertThat(result.unknown()).isEqualTo("Phòng Ngoại giao");
        assertThat(result.refs()).containsExactly(UnitRef.unit("CAH"));
    }

    @Test
    void emptyTextNamesNobody() {
        assertThat(names.read("").refs()).isEmpty();
        assertThat(names.read("").unknown()).isNull();
    }
}
