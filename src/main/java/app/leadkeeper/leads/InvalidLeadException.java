package app.leadkeeper.leads;

import app.leadkeeper.core.UserException;

/** A lead that cannot be saved as it is; carries the problems per field. */
public final class InvalidLeadException extends UserException {
    private final transient Validation validation;

    public InvalidLeadException(Validation validation) {
        super("The lead cannot be saved: " + validation.summary());
        this.validation = validation;
    }

    public Validation validation() {
        return validation;
    }
}
