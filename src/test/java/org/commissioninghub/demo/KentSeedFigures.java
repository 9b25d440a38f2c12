package org.commissioninghub.demo;

import java.util.List;

/**
 * The figures the product must reproduce, transcribed independently from the seed documents
 * (seeds/000 §2 award table; seeds/003 MoJ funding recipients 2019/20), not read from the demo
 * files, so that a transcription slip in either place makes a test fail.
 */
final class KentSeedFigures {

  private KentSeedFigures() {}

  /**
   * 2024/25 award table, one row per organisation: Core, Baseline (700), Additional (200),
   * Additional (50) 23/24, Additional (50) 24/25, DA/SV. Empty string = no line.
   */
  static final List<List<String>> AWARD_TABLE_2024_25 =
      List.of(
          row("22200.00", "", "", "", "", ""), // AAFDA
          row("39500.00", "", "", "", "", ""), // Brake
          row("34398.00", "", "", "", "", ""), // Choices Support
          row("", "", "", "", "", "45000.00"), // Daisy Chain
          row("35000.00", "", "", "", "", "31841.60"), // Dandelion Time
          row("25000.00", "", "", "", "", "24922.38"), // DAVSS
          row("30200.00", "153930.50", "32953.00", "18076.00", "", ""), // EKRCC
          row("450000.00", "103322.52", "57867.00", "", "", "28460.00"), // Family Matters
          row("", "", "", "", "", "27282.00"), // HACO
          row("", "", "55368.00", "", "", ""), // Hourglass
          row("", "", "", "", "", "40000.00"), // Innovating Minds
          row("", "40129.11", "", "", "", ""), // KMPT
          row("", "160000.00", "42000.00", "", "", "49000.00"), // KCC - KIDAS
          row("11854.00", "", "", "", "", ""), // Kooth / Qwell
          row("33597.51", "73698.68", "40852.00", "", "", "96512.82"), // Look ahead
          row("", "40663.29", "", "", "", ""), // New Leaf
          row("", "42525.00", "42524.00", "", "", ""), // Oasis
          row("", "", "", "", "", "34240.00"), // Project Salus
          row("369970.00", "", "", "", "", "45000.00"), // Restorative Solutions
          row("", "114846.00", "", "", "", "63683.79"), // Rising Sun
          row("32142.00", "", "", "", "", "40360.00"), // Rubicon Cares
          row("", "63737.90", "", "", "21106.92", "55797.30"), // SATEDA
          row("", "69073.00", "", "", "", ""), // Sign Health
          row("", "", "", "", "", "8800.00"), // Bloomers Trust
          row("", "", "", "", "", "31830.00"), // Mary Dolly Foundation
          row("1029766.00", "", "", "", "", "41810.50")); // Victim Support

  static final List<String> COLUMN_TOTALS_2024_25 =
      List.of("2113627.51", "861926.00", "271564.00", "18076.00", "21106.92", "664540.39");

  static final String GRAND_TOTAL_2024_25 = "3950840.82";
  static final String NON_CORE_TOTAL_2024_25 = "1837213.31";

  /** 2019/20 MoJ funding recipients: category, amount, in the printed order. */
  static final List<List<String>> MOJ_RECIPIENTS_2019_20 =
      List.of(
          List.of("Domestic Violence", "24949.00"),
          List.of("Domestic Violence", "41785.00"),
          List.of("Domestic Violence", "16800.00"),
          List.of("Domestic Violence", "4880.00"),
          List.of("Domestic Violence", "15000.00"),
          List.of("Domestic Violence", "39960.00"),
          List.of("Domestic Violence", "127840.00"),
          List.of("Domestic Violence", "150000.00"),
          List.of("Sexual Violence", "379159.00"),
          List.of("Sexual Violence", "65286.00"),
          List.of("Core Referral & Support Service", "932645.00"),
          List.of("Child Sexual Abuse", "24949.00"),
          List.of("Child Sexual Abuse", "41500.00"),
          List.of("Child Sexual Abuse", "15000.00"),
          List.of("Other", "41715.00"),
          List.of("Other", "16249.00"),
          List.of("Other", "22675.00"),
          List.of("Other", "5000.00"),
          List.of("Other", "50000.00"),
          List.of("Other", "34000.00"),
          List.of("Restorative Justice", "167000.00"));

  static final List<List<String>> MOJ_SUBTOTALS_2019_20 =
      List.of(
          List.of("Domestic Violence", "421214.00"),
          List.of("Sexual Violence", "444445.00"),
          List.of("Core Referral & Support Service", "932645.00"),
          List.of("Child Sexual Abuse", "81449.00"),
          List.of("Other", "169639.00"),
          List.of("Restorative Justice", "167000.00"));

  static final String MOJ_GRAND_TOTAL_2019_20 = "2216392.00";

  private static List<String> row(String... cells) {
    return List.of(cells);
  }
}
