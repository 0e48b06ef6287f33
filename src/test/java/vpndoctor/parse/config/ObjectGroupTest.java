package vpndoctor.parse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vpndoctor.model.config.AclEntry;
import vpndoctor.model.config.ObjectGroupMember;

class ObjectGroupTest {
    @Test void membersAndHostForm() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "object-group network foo", "  description partner", "  network-object 10.0.0.0 255.255.255.240",
                "  network-object 10.0.0.0 255.255.255.224", "  network-object host 10.1.1.0");
        List<ObjectGroupMember> ms = p.factsOf(ObjectGroupMember.class);
        assertThat(ms).extracting(m -> m.getNetwork().toString()).containsExactly("10.0.0.0/28", "10.0.0.0/27", "10.1.1.0/32");
        assertThat(ms.get(0).getNetwork().overlaps(ms.get(1).getNetwork())).isTrue();
        assertThat(ms.get(2).isWrittenAsHost()).isTrue();
        assertThat(ms.get(1).isWrittenAsHost()).isFalse();
        assertThat(p.unparsed()).isEmpty();
    }

    @Test void nestedGroupsKeepTheirPath() {
        ParsedConfig p = Cfg.parse("ASA Version 8.2(5)", "object-group network TOP", " group-object MID", " network-object 10.9.0.0 255.255.0.0",
                "object-group network MID", " group-object LEAF", "object-group network LEAF", " network-object host 10.8.8.8");
        List<ObjectGroupMember> top = p.factsOf(ObjectGroupMember.class).stream().filter(m -> m.getGroup().equals("TOP")).toList();
        assertThat(top).hasSize(2);
        ObjectGroupMember deep = top.stream().filter(ObjectGroupMember::isNested).findFirst().orElseThrow();
        assertThat(deep.getNestedVia()).containsExactly("MID", "LEAF");
        assertThat(deep.getOrigins()).extracting(o -> o.getLine()).containsExactly(8, 6, 3); // member, then the group-object lines inner to outer
    }

    @Test void cycleIsReportedOnceAndTheRestStillExpands() {
        ParsedConfig p = Cfg.parse("PIX Version 6.3(1)", "object-group network A", "  group-object B", "  network-object host 10.0.0.1",
                "object-group network B", "  group-object A", "  network-object host 10.0.0.2",
                "access-list 101 permit ip object-group A any");
        assertThat(p.unparsed()).hasSize(2);
        assertThat(p.unparsed()).allSatisfy(u -> assertThat(u.getReason()).contains("group-object cycle"));
        assertThat(p.factsOf(AclEntry.class)).extracting(e -> e.getSource().toString()).containsExactlyInAnyOrder("10.0.0.2/32", "10.0.0.1/32");
    }

    @Test void asaObjectsInGroupsAndRanges() {
        ParsedConfig p = Cfg.parse("ASA Version 9.1(7)", "object network R", " range 10.0.0.1 10.0.0.4", "object-group network G",
                " network-object object R", "object network F", " fqdn www.example.com");
        assertThat(p.factsOf(ObjectGroupMember.class)).extracting(m -> m.getNetwork().toString())
                .containsExactly("10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/32");
        assertThat(p.unparsed()).singleElement().satisfies(u -> assertThat(u.getReason()).contains("fqdn"));
    }

    @Test void groupDefinedAfterUseAndServiceGroupPorts() {
        ParsedConfig p = Cfg.parse("ASA Version 8.2(5)", "access-list A extended permit tcp object-group L any object-group WEB",
                "object-group service WEB tcp", " port-object eq www", " port-object eq https", "object-group network L", " network-object 10.1.0.0 255.255.0.0");
        AclEntry e = Cfg.one(p, AclEntry.class);
        assertThat(e.getSource()).hasToString("10.1.0.0/16");
        assertThat(e.getDstPort().getText()).isEqualTo("object-group WEB");
        assertThat(p.unparsed()).isEmpty();
    }
}
