package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * IOS "ip nhrp nhs X [nbma Y]" under a tunnel interface: a next hop server (hub) the spoke registers with.
 * nbma is where its registrations go: the line's own 'nbma', else the "ip nhrp map X Y" of the same
 * interface for that address, else "" (the spoke cannot reach its hub: nothing says where X is).
 */
@FactDoc(value = "IOS 'ip nhrp nhs X [nbma Y]' under a tunnel: a next hop server; nbma from the line or the interface's 'ip nhrp map X Y', '' when neither gives one.",
        example = "NhrpNhs( side == Side.LOCAL, nbma == \"\", $nhs : nhs, $if : iface )")
public final class NhrpNhs extends ConfigFact {
    private final String iface;
    private final String nhs;
    private final String nbma;

    public NhrpNhs(String id, Side side, List<Origin> origins, String iface, String nhs, String nbma) {
        super(id, side, origins);
        this.iface = nz(iface);
        this.nhs = nz(nhs);
        this.nbma = nz(nbma);
    }

    public String getIface() { return iface; }
    /** The NHS's tunnel (overlay) address, or "dynamic" ('ip nhrp nhs dynamic nbma Y'). */
    public String getNhs() { return nhs; }
    public String getNbma() { return nbma; }

    @Override public String describe() {
        return who() + " tunnel " + iface + " NHS " + nhs + (nbma.isEmpty() ? " (no NBMA address)" : " nbma " + nbma);
    }
}
