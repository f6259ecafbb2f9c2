package io.dfschema.metadata.contract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A contract that cannot be used, with every problem found in it. The message has one line per problem
 * ({@link ContractProblem#format()}), so it can be shown as it is.
 */
public final class ContractException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ContractProblem> problems;

    public ContractException(List<ContractProblem> problems) {
        super(problems.stream().map(ContractProblem::format).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ContractException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file and line order. */
    public List<ContractProblem> problems() {
        return problems;
    }

    /** The problems, one formatted line each. */
    public List<String> lines() {
        return problems.stream().map(ContractProblem::format).toList();
    }

    static void throwIfAny(List<ContractProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ContractException(problems);
        }
    }
}
