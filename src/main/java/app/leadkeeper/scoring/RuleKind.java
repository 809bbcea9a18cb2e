package app.leadkeeper.scoring;

/** What a scoring rule looks at: a lead's attributes (who they are) or its touches (what they did). */
public enum RuleKind {
    ATTRIBUTE,
    BEHAVIOUR
}
