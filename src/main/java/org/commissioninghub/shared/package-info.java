/** Value types and web helpers that every feature uses: Money, FinancialYear, errors. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.commissioninghub.shared;
