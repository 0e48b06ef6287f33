package vpndoctor.model.config;

/**
 * A config line or value the parsers do not understand, with a reason a user can act on
 * ("expected a dynamic-map name after 'ipsec-isakmp dynamic'"). The only exception a topic parser
 * may end a line with: it becomes that line's ConfigUnparsed. Any other exception is a parser bug
 * and is not caught (the fuzz targets find it).
 */
public final class NotUnderstood extends IllegalArgumentException {
    public NotUnderstood(String reason) {
        super(reason, null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a reason, not a fault: no stack to record
    }
}
