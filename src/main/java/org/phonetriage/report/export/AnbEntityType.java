package org.phonetriage.report.export;

import org.phonetriage.report.export.ExportGraph.ExportNode;

/**
 * The Analyst's Notebook entity type of a node: a name for the import wizard and the chart's
 * type list, and the standard ANB icon drawn for it (icons of the default i2 icon set).
 */
record AnbEntityType(String name, String icon) {

    static AnbEntityType of(ExportNode node) {
        return switch (node.type()) {
            case "phone" -> new AnbEntityType("Phone", "Phone");
            case "email" -> new AnbEntityType("Email", "Email");
            case "iccid" -> new AnbEntityType("ICCID", "SIM Card");
            case "imsi" -> new AnbEntityType("IMSI", "SIM Card");
            case "imei" -> new AnbEntityType("IMEI", "Electronic Device");
            case "meid" -> new AnbEntityType("MEID", "Electronic Device");
            case "wa-group" -> new AnbEntityType("WhatsApp group", "Social Media Group");
            case "wa-lid", "telegram" -> new AnbEntityType("Online account", "Screen Name");
            // the stand-in of a seized device whose own number is unknown: someone, unidentified
            case "device" -> new AnbEntityType("Unknown owner", "Anon");
            case ExportGraph.SEIZED_DEVICE -> new AnbEntityType("Seized device", "Cellfone");
            default -> new AnbEntityType("Identifier", "General");
        };
    }
}
