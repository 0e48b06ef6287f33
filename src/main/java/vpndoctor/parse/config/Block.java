package vpndoctor.parse.config;

import java.util.ArrayList;
import java.util.List;

/** A top-level line and the indented sub-lines under it (IOS/ASA mode blocks; PIX 6 blocks have no children). */
final class Block {
    final ConfigLine header;
    final List<ConfigLine> children = new ArrayList<>();

    Block(ConfigLine header) { this.header = header; }

    List<ConfigLine> all() {
        List<ConfigLine> all = new ArrayList<>(children.size() + 1);
        all.add(header);
        all.addAll(children);
        return all;
    }
}
