package vpndoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vpndoctor.authoring.FactTypes;

/**
 * This test lives in package vpndoctor.model on purpose: the test classes folder then holds the
 * package too, ahead of the main classes on the classpath. The fact model must still be found whole
 * (it used to be read from the first folder only, so LogEvent and every other model fact vanished
 * from the rule linter and the reference doc).
 */
class FactTypesAcrossFoldersTest {
    @Test
    void aSecondFolderOfThePackageDoesNotHideTheModel() {
        assertThat(FactTypes.classesOf("vpndoctor.model")).contains(LogEvent.class, Symptom.class, Support.class)
                .contains(FactTypesAcrossFoldersTest.class);
        assertThat(FactTypes.documented()).contains(LogEvent.class);
    }
}
