/**
 * The vpn-doctor library API: build a {@link vpndoctor.Diagnoser} once, describe the input with
 * {@link vpndoctor.Evidence}, and read the {@link vpndoctor.result.Diagnosis}. This package and
 * vpndoctor.result are the API; every other package is internal and may change in any release.
 */
package vpndoctor;
