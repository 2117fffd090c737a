package org.phonetriage.report.export;

import org.phonetriage.report.export.ExportGraph.ExportNode;

/**
 * The Analyst's Notebook entity type of a node: a name for the import wizard and the chart's
 * type list, and the standard ANB icon drawn for it (icons of the default i2 icon set).
 */
record AnbEntityType(String name, String icon) {

    // made once: the chart and links.csv ask for the type of every node and of both ends of every link
    private static final AnbEntityType PHONE = new AnbEntityType("Phone", "Phone");
    private static final AnbEntityType EMAIL = new AnbEntityType("Email", "Email");
    private static final AnbEntityType ICCID = new AnbEntityType("ICCID", "SIM Card");
    private static final AnbEntityType IMSI = new AnbEntityType("IMSI", "SIM Card");
    private static final AnbEntityType IMEI = new AnbEntityType("IMEI", "Electronic Device");
    private static final AnbEntityType MEID = new AnbEntityType("MEID", "Electronic Device");
    private static final AnbEntityType WA_GROUP = new AnbEntityType("WhatsApp group", "Social Media Group");
    private static final AnbEntityType ONLINE_ACCOUNT = new AnbEntityType("Online account", "Screen Name");
    private static final AnbEntityType UNKNOWN_OWNER = new AnbEntityType("Unknown owner", "Anon");
    private static final AnbEntityType SEIZED_DEVICE = new AnbEntityType("Seized device", "Cellfone");
    private static final AnbEntityType IDENTIFIER = new AnbEntityType("Identifier", "General");

    static AnbEntityType of(ExportNode node) {
        return switch (node.type()) {
            case "phone" -> PHONE;
            case "email" -> EMAIL;
            case "iccid" -> ICCID;
            case "imsi" -> IMSI;
            case "imei" -> IMEI;
            case "meid" -> MEID;
            case "wa-group" -> WA_GROUP;
            case "wa-lid", "telegram" -> ONLINE_ACCOUNT;
            // the stand-in of a seized device whose own number is unknown: someone, unidentified
            case "device" -> UNKNOWN_OWNER;
            case ExportGraph.SEIZED_DEVICE -> SEIZED_DEVICE;
            default -> IDENTIFIER;
        };
    }
}
