/**
 * What a diagnosis returns: root causes and hypotheses ({@link vpndoctor.result.Finding}) with the
 * input lines they rest on and their explanation trees, benign findings, advice and input accounting.
 * The JSON form of {@link vpndoctor.result.Diagnosis} is docs/schema/diagnosis.schema.json.
 */
package vpndoctor.result;
