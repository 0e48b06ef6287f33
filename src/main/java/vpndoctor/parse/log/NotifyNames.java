package vpndoctor.parse.log;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** IKE notify message types: IKEv1 names to numbers (RFC 2408 and Cisco), and the IKEv2 error names. */
final class NotifyNames {
    private static final Map<String, String> V1 = new HashMap<>();

    /** IKEv2 notify names that report a failure (benign ones like INITIAL_CONTACT are not listed). */
    static final List<String> V2_ERRORS = List.of(
            "NO_PROPOSAL_CHOSEN", "TS_UNACCEPTABLE", "AUTHENTICATION_FAILED", "INVALID_KE_PAYLOAD", "INVALID_SYNTAX",
            "SINGLE_PAIR_REQUIRED", "FAILED_CP_REQUIRED", "NO_ADDITIONAL_SAS", "INTERNAL_ADDRESS_FAILURE",
            "CHILD_SA_NOT_FOUND", "INVALID_IKE_SPI", "INVALID_MAJOR_VERSION", "INVALID_MESSAGE_ID", "INVALID_SPI",
            "INVALID_SELECTORS", "TEMPORARY_FAILURE", "UNSUPPORTED_CRITICAL_PAYLOAD");

    static {
        String[] pairs = {
            "INVALID_PAYLOAD_TYPE", "1", "DOI_NOT_SUPPORTED", "2", "SITUATION_NOT_SUPPORTED", "3", "INVALID_COOKIE", "4",
            "INVALID_MAJOR_VERSION", "5", "INVALID_MINOR_VERSION", "6", "INVALID_EXCHANGE_TYPE", "7", "INVALID_FLAGS", "8",
            "INVALID_MESSAGE_ID", "9", "INVALID_PROTOCOL_ID", "10", "INVALID_SPI", "11", "INVALID_TRANSFORM_ID", "12",
            "ATTRIBUTES_NOT_SUPPORTED", "13", "NO_PROPOSAL_CHOSEN", "14", "PROPOSAL_NOT_CHOSEN", "14",
            "BAD_PROPOSAL_SYNTAX", "15", "PAYLOAD_MALFORMED", "16", "INVALID_KEY_INFORMATION", "17",
            "INVALID_ID_INFORMATION", "18", "INVALID_ID_INFO", "18", "INVALID_CERT_ENCODING", "19",
            "INVALID_CERTIFICATE", "20", "CERT_TYPE_UNSUPPORTED", "21", "INVALID_CERT_AUTHORITY", "22",
            "INVALID_HASH_INFORMATION", "23", "AUTHENTICATION_FAILED", "24", "INVALID_SIGNATURE", "25",
            "ADDRESS_NOTIFICATION", "26", "NOTIFY_SA_LIFETIME", "27", "CERTIFICATE_UNAVAILABLE", "28",
            "UNSUPPORTED_EXCHANGE_TYPE", "29", "UNEQUAL_PAYLOAD_LENGTHS", "30", "RESPONDER_LIFETIME", "24576",
            "REPLAY_STATUS", "24577", "INITIAL_CONTACT", "24578", "R_U_THERE", "36136", "R_U_THERE_ACK", "36137",
        };
        for (int i = 0; i < pairs.length; i += 2) V1.put(pairs[i], pairs[i + 1]);
    }

    private NotifyNames() {}

    /** IKEv1 number for a name ("INVALID_ID_INFO" -> "18"); the name itself when unknown. */
    static String v1Number(String name) {
        String n = name.toUpperCase().replace(' ', '_').replace("-", "_");
        return V1.getOrDefault(n, n);
    }

    /** The first IKEv2 failure notify named in the text, or null. */
    static String firstV2Error(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (String n : V2_ERRORS) {
            int i = text.indexOf(n);
            // whole-token match: INVALID_SPI must not hit inside INVALID_SPI_SIZE
            while (i >= 0 && (i > 0 && isNameChar(text.charAt(i - 1)) || i + n.length() < text.length() && isNameChar(text.charAt(i + n.length())))) {
                i = text.indexOf(n, i + 1);
            }
            if (i >= 0 && i < at) { at = i; best = n; }
        }
        return best;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
