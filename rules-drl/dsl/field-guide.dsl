# The field guide's sentences, as a Drools DSL. A .dslr file that says "expander field-guide.dsl"
# writes rules in these words; each sentence expands to the same facts the DRL rules use.
# The first condition of a rule names the tunnel ($t) and the message ($e) the others refer to.
# Longer sentences come before shorter ones that start the same way (the expander tries them in order).
# Full list and examples: rules-drl/README.md ("Rules in the engineer's words").

# ---- what the log shows (first condition: binds the message $e and its tunnel $t) ----
[when]the log says "{text}"=$e : LogLine( says("{text}"), $t : tunnel )
[when]the log shows {kind:[A-Z0-9_]+} at least {n:[0-9]+} times=$e : LogEvent( kind == "{kind}", count >= {n}, $t : tunnel )
[when]the log shows {kind:[A-Z0-9_]+}=$e : LogEvent( kind == "{kind}", $t : tunnel )
[when]there is the symptom {code:[A-Z0-9_]+}=$s : Symptom( code == "{code}", $t : tunnel )
[when]-with {attr:[A-Za-z0-9]+} "{value}"=attr("{attr}") == "{value}"

# ---- more about the same tunnel ----
[when]and the same tunnel also logged a line saying "{text}"=exists LogLine( tunnel == $t, says("{text}") )
[when]and the same tunnel also logged {kind:[A-Z0-9_]+}=exists LogEvent( kind == "{kind}", tunnel == $t )
[when]and the same tunnel never logged {kind:[A-Z0-9_]+}=not LogEvent( kind == "{kind}", tunnel == $t )
[when]and no more specific phase 2 error was logged for that tunnel=not LogEvent( tunnel == $t, kind in ("P2_NO_PROPOSAL_ACCEPTED", "TRANSFORM_NOT_SUPPORTED", "MISMATCHED_ATTRIBUTE", "PROXY_ID_NOT_SUPPORTED", "NO_MATCHING_CRYPTO_MAP", "CRYPTO_MAP_POLICY_NOT_FOUND", "INVALID_LOCAL_ADDRESS", "PEER_ADDRESS_NOT_FOUND", "INVALID_PROXY_IDS") )
[when]and the tunnel did not come up afterwards=not LogEvent( kind == "P2_COMPLETED", tunnel == $t, lastSeq > $e.lastSeq )
[when]and the operator did not clear the SAs just before=not LogEvent( kind == "SA_CLEARED", lastSeq < $e.firstSeq, tunnel == $t || tunnel == "unknown" )
[when]and our crypto ACL for that peer differs from the peer's mirror=exists vpndoctor.model.derived.DomainComparison( !mirror, tunnel == $t )
[when]and our crypto map has an incomplete entry=exists vpndoctor.model.config.CryptoMapEntry( side == vpndoctor.model.Side.LOCAL, !complete )
[when]and our crypto map has no incomplete entry=exists vpndoctor.model.config.CryptoMapEntry( side == vpndoctor.model.Side.LOCAL ) and not vpndoctor.model.config.CryptoMapEntry( side == vpndoctor.model.Side.LOCAL, !complete )

# ---- conclusions (always insertLogical, so they withdraw when the evidence goes) ----
[then]conclude {cause:[A-Z0-9_]+} with confidence {w:[0-9.]+} because "{reason}"=insertLogical( new Support("{cause}", $t, {w}, "{reason}") );
[then]count against {cause:[A-Z0-9_]+} by a factor {f:[0-9.]+} because "{reason}"=insertLogical( new Against("{cause}", $t, {f}, "{reason}") );
[then]call it benign {id:[A-Z0-9_]+}=insertLogical( new Benign("{id}", $t) );
[then]recommend "{command}" because "{why}"=insertLogical( new Recommendation($t, "", "{command}", "{why}") );
[then]recommend on IOS "{command}" because "{why}"=if ($e.getPlatform() == Platform.IOS) drools.insertLogical( new Recommendation($t, "", "{command}", "{why}") );
