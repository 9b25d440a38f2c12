package org.commissioninghub.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * A payment run, read ({@link RunRequest#toCommand()}): the payments listed in {@code scheduled}
 * (ids; none listed means every payment due on or before {@code dueBy}), paid on {@code
 * paymentDate}.
 */
public record RunCommand(LocalDate paymentDate, LocalDate dueBy, List<Long> scheduled) {}
