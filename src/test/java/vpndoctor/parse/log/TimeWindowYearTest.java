package vpndoctor.parse.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One device's lines with and without the year (IOS 'service timestamps log datetime year' beside
 * 'service timestamps debug datetime msec'; an ASA's 'logging timestamp' line beside a relay's
 * year-less one; an ISO export beside a syslog file) are as close as their clocks say: before, a
 * year on one side only put them years apart, and a peerless debug line lost its device and peer.
 */
class TimeWindowYearTest {
    @Test
    void aYearOnOneSideOnlyDoesNotSeparateTwoLines() {
        assertThat(near("Dec  6 2026 10:00:00", "Dec  6 10:00:30")).isTrue();
        assertThat(near("Dec 06 2026 10:00:00", "Dec  6 10:00:59.123")).isTrue();
        assertThat(near("2026-12-06T10:00:00Z", "Dec  6 10:00:10")).isTrue();
    }

    @Test
    void timesStillTellMinutesApart() {
        // neighbours: the window itself is unchanged
        assertThat(near("Dec  6 2026 10:00:00", "Dec  6 2026 10:02:00")).isFalse();
        assertThat(near("Dec  6 10:00:00", "Dec  6 10:02:00")).isFalse();
        assertThat(near("Dec  6 10:00:00", "Dec  7 10:00:00")).isFalse();
        assertThat(near("2026-12-06T10:00:00Z", "2026-12-06T10:00:45Z")).isTrue();
        assertThat(TimeWindow.seconds("Xyz  6 10:00:00")).isEqualTo(-1);
    }

    private static boolean near(String a, String b) {
        // lines far apart, so only the times can make them near
        return TimeWindow.near(null, a, 1, null, b, 10_000);
    }
}
