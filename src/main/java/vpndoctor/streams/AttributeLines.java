package vpndoctor.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import vpndoctor.monitor.Monitor;
import vpndoctor.parse.log.LineAttributor;

/**
 * Step 1: raw syslog lines (keyed by device, so one device's lines reach one task in order and its
 * context stays whole) are attributed to their tunnel by the log parser's own {@link LineAttributor};
 * lines the parser finds irrelevant go no further. Out: key the tunnel (unattributable VPN lines: the
 * device, prefixed {@value #DEVICE_PREFIX}), value the {@link KeyedLine}, timestamp the line's own time.
 * The attributor's per-device context is not in a store: after a task moves, a device's first
 * peerless line may go unattributed (counted, not diagnosed).
 */
final class AttributeLines implements Processor<String, String, String, KeyedLine> {
    static final String DEVICE_PREFIX = "device:";
    private final LineAttributor attributor = new LineAttributor();
    private ProcessorContext<String, KeyedLine> context;

    @Override
    public void init(ProcessorContext<String, KeyedLine> context) { this.context = context; }

    @Override
    public void process(Record<String, String> r) {
        String line = r.value();
        if (line == null || line.isBlank()) return;
        String source = r.key() != null ? r.key() : "kafka";
        LineAttributor.Line a = attributor.attribute(source, line);
        if (!a.vpn()) return;
        Instant t = Monitor.eventTime(a.time(), Instant.ofEpochMilli(r.timestamp()));
        String device = a.device() != null ? a.device() : source;
        String key = a.peer() != null ? a.peer() : DEVICE_PREFIX + device;
        context.forward(new Record<>(key, new KeyedLine(a.peer(), device, t, line), t.toEpochMilli(), r.headers()));
    }
}
