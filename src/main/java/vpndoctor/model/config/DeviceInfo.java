package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Platform;
import vpndoctor.model.Side;

/** Which device the config is from: hostname, platform family and software version ("6.3(1)"). */
@FactDoc(value = "Which device a config is from: hostname, platform family and software version ('6.3(1)').",
        example = "DeviceInfo( side == Side.LOCAL, platform == Platform.PIX, version str[startsWith] \"6.3\" )")
public final class DeviceInfo extends ConfigFact {
    private final String hostname;
    private final Platform platform;
    private final String version;
    private final boolean excerpt;

    public DeviceInfo(String id, Side side, List<Origin> origins, String hostname, Platform platform, String version) {
        this(id, side, origins, hostname, platform, version, false);
    }

    /** excerpt: the config is a part of the device's (a filtered 'show run', a paste cut short), see {@link #isExcerpt}. */
    public DeviceInfo(String id, Side side, List<Origin> origins, String hostname, Platform platform, String version, boolean excerpt) {
        super(id, side, origins);
        this.hostname = nz(hostname);
        this.platform = platform == null ? Platform.UNKNOWN : platform;
        this.version = nz(version);
        this.excerpt = excerpt;
    }

    public String getHostname() { return hostname; }
    public Platform getPlatform() { return platform; }
    /** Software version as written ("6.3(1)", "8.4(7)", "12.4"), "" when the config does not say. */
    public String getVersion() { return version; }
    /**
     * True when the config is known to show only a part of the device's ('show run crypto', '| section crypto',
     * a pasted show run cut off before its end): what it does not show (a key, a tunnel-group) says nothing.
     */
    public boolean isExcerpt() { return excerpt; }

    @Override public String describe() {
        return who() + " device " + (hostname.isEmpty() ? "?" : hostname) + " is " + platform.label()
                + (version.isEmpty() ? "" : " " + version) + (excerpt ? " (an excerpt of its config)" : "");
    }
}
