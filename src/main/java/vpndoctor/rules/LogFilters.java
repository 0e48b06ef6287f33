package vpndoctor.rules;

/** Text for "show logging | include ..." that finds a message by the id vpn-doctor read it by. */
public final class LogFilters {
    private LogFilters() {}

    /**
     * An ASA/FTD id ("713062") as it is; an IOS message read as "FACILITY-MNEMONIC" as the regular
     * expression IOS's include takes for any severity ("TUN-[0-9]-RECURDOWN"): the device prints
     * "%TUN-5-RECURDOWN".
     */
    public static String include(String msgId) {
        if (msgId == null || msgId.isEmpty()) return "";
        int dash = msgId.indexOf('-');
        if (dash < 0 || msgId.chars().allMatch(Character::isDigit)) return msgId;
        return msgId.substring(0, dash) + "-[0-9]-" + msgId.substring(dash + 1);
    }
}
