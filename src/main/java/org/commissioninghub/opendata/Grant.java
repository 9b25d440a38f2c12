package org.commissioninghub.opendata;

import java.math.BigDecimal;
import java.util.List;

/**
 * One grant as 360Giving publishes it, with one recipient organisation, beneficiary location,
 * funder and programme: the fields a single CSV row of the standard carries. Dates are kept as
 * written ("2024-04-01"); empty text is null.
 */
public record Grant(
    String id,
    String title,
    String description,
    String currency,
    BigDecimal amountAwarded,
    String awardDate,
    String plannedStartDate,
    String plannedEndDate,
    Integer plannedDurationMonths,
    String recipientOrgId,
    String recipientOrgName,
    String recipientCharityNumber,
    String recipientCompanyNumber,
    String recipientCity,
    String recipientPostalCode,
    String beneficiaryLocationName,
    String beneficiaryCountryCode,
    String beneficiaryGeoCode,
    String beneficiaryGeoCodeType,
    String fundingOrgId,
    String fundingOrgName,
    String fundingOrgDepartment,
    String programmeCode,
    String programmeTitle,
    String fromOpenCall,
    String dateModified,
    String dataSource) {

  /** The standard's column titles, in the order the CSV and XLSX use. */
  public static final List<String> TITLES =
      List.of(
          "Identifier",
          "Title",
          "Description",
          "Currency",
          "Amount Awarded",
          "Award Date",
          "Planned Dates:Start Date",
          "Planned Dates:End Date",
          "Planned Dates:Duration (months)",
          "Recipient Org:Identifier",
          "Recipient Org:Name",
          "Recipient Org:Charity Number",
          "Recipient Org:Company Number",
          "Recipient Org:City",
          "Recipient Org:Postal Code",
          "Beneficiary Location:Name",
          "Beneficiary Location:Country Code",
          "Beneficiary Location:Geographic Code",
          "Beneficiary Location:Geographic Code Type",
          "Funding Org:Identifier",
          "Funding Org:Name",
          "Funding Org:Department",
          "Grant Programme:Code",
          "Grant Programme:Title",
          "From An Open Call?",
          "Last Modified",
          "Data Source");

  /** The grant's cells in the order of {@link #TITLES}. */
  public String[] cells() {
    return new String[] {
      id,
      title,
      description,
      currency,
      amountAwarded == null ? null : amountAwarded.toPlainString(),
      awardDate,
      plannedStartDate,
      plannedEndDate,
      plannedDurationMonths == null ? null : plannedDurationMonths.toString(),
      recipientOrgId,
      recipientOrgName,
      recipientCharityNumber,
      recipientCompanyNumber,
      recipientCity,
      recipientPostalCode,
      beneficiaryLocationName,
      beneficiaryCountryCode,
      beneficiaryGeoCode,
      beneficiaryGeoCodeType,
      fundingOrgId,
      fundingOrgName,
      fundingOrgDepartment,
      programmeCode,
      programmeTitle,
      fromOpenCall,
      dateModified,
      dataSource
    };
  }

  /**
   * An amount as written, refused (as not a number) when it is no sensible amount of money: text
   * such as 1E+999999999 is a small BigDecimal, but written out in full it is a gigabyte of digits.
   */
  private static BigDecimal amount(String text) {
    if (text.length() > 40) {
      throw new NumberFormatException("an amount of more than 40 characters");
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.precision() - amount.scale() > 20 || amount.scale() > 10) {
      throw new NumberFormatException("an amount out of range");
    }
    return amount;
  }

  /** A grant from cells in the order of {@link #TITLES} (blank cells are null). */
  public static Grant of(String[] c) {
    return new Grant(
        c[0],
        c[1],
        c[2],
        c[3],
        c[4] == null ? null : amount(c[4]),
        c[5],
        c[6],
        c[7],
        c[8] == null ? null : Integer.valueOf(c[8]),
        c[9],
        c[10],
        c[11],
        c[12],
        c[13],
        c[14],
        c[15],
        c[16],
        c[17],
        c[18],
        c[19],
        c[20],
        c[21],
        c[22],
        c[23],
        c[24],
        c[25],
        c[26]);
  }
}
