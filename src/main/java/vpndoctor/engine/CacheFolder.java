package vpndoctor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled-rules cache folder must be the user's own: whoever can write it can run code in the
 * next diagnosis (a cache entry carries compiled rule consequences). A folder or entry owned by
 * someone else, or writable by group or others, is neither read nor written (the rules are compiled
 * instead, with one warning on stderr). New folders are created private (rwx------).
 */
public final class CacheFolder {
    private static final Set<Path> WARNED = ConcurrentHashMap.newKeySet();

    private CacheFolder() {}

    /** $VPNDOCTOR_CACHE, else $XDG_CACHE_HOME/vpn-doctor, else ~/.cache/vpn-doctor (here so the relaunch's parent JVM loads no rule-engine class for it). */
    public static Path defaultDir() {
        String own = System.getenv("VPNDOCTOR_CACHE");
        if (own != null && !own.isBlank()) return Path.of(own);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "vpn-doctor");
        return Path.of(System.getProperty("user.home"), ".cache", "vpn-doctor");
    }

    /** Why this folder/entry may not be used, or null when it may (also when it does not exist yet). */
    public static String problem(Path dir, Path entry) {
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                String p = check(dir);
                if (p != null) return p;
            }
            if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) return check(entry);
            return null;
        } catch (IOException | SecurityException e) {
            return "cannot check its owner and permissions (" + e.getMessage() + ")";
        }
    }

    private static String check(Path p) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (view == null) return null; // not a POSIX file system: nothing to compare
        PosixFileAttributes a = view.readAttributes(); // follows a link: the target is what is read
        UserPrincipal me = p.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
        if (!a.owner().equals(me)) return p + " is owned by " + a.owner().getName() + ", not by " + me.getName();
        Set<PosixFilePermission> perms = a.permissions();
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            return p + " is writable by group or others (" + PosixFilePermissions.toString(perms) + ")";
        }
        return null;
    }

    /** Creates the folder (and missing parents) private to the user where the file system allows it. */
    public static void create(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        if (Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p;
    }

    static void warnOnce(Path dir, String problem) {
        if (WARNED.add(dir.toAbsolutePath())) {
            System.err.println("vpn-doctor: not using the rules cache: " + problem + " (fix it, or set VPNDOCTOR_CACHE=off)");
        }
    }
}
