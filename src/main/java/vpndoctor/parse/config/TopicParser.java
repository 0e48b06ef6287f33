package vpndoctor.parse.config;

/**
 * One topic of the config (interfaces, ISAKMP, crypto maps...). parse() is offered every top-level
 * block in file order and claims the ones it understands; finish() runs after the whole file is
 * read, because pastes often use a name (object-group, ACL, transform set) before defining it.
 */
interface TopicParser {
    /** True when this topic owns the block (it then marks each of its lines used or unparsed). */
    boolean parse(Block block, ParseState st);

    default void finish(ParseState st) {}
}
