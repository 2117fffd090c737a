package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The four Android provider databases a phone triage reads, with the DDL of AOSP's
 * ContactsDatabaseHelper, CallLogDatabaseHelper, MmsSmsDatabaseHelper and TelephonyProvider
 * (column names, types and defaults as the providers create them; triggers and FTS tables,
 * which only maintain derived data, are left out). Both generators create their files here,
 * so the small committed images and the large benchmark input share one schema.
 */
enum AndroidSchema {

    CONTACTS2("data/data/com.android.providers.contacts/databases/contacts2.db", 1300, List.of(
            "CREATE TABLE android_metadata (locale TEXT)",
            "CREATE TABLE _sync_state (_id INTEGER PRIMARY KEY,account_name TEXT NOT NULL,"
                    + "account_type TEXT NOT NULL,data TEXT,UNIQUE(account_name, account_type))",
            "CREATE TABLE _sync_state_metadata (version INTEGER)",
            "CREATE TABLE properties (property_key TEXT PRIMARY KEY, property_value TEXT )",
            "CREATE TABLE accounts (_id INTEGER PRIMARY KEY AUTOINCREMENT,account_name TEXT, "
                    + "account_type TEXT, data_set TEXT)",
            "CREATE TABLE contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + "name_raw_contact_id INTEGER REFERENCES raw_contacts(_id),"
                    + "photo_id INTEGER REFERENCES data(_id),"
                    + "photo_file_id INTEGER REFERENCES photo_files(_id),custom_ringtone TEXT,"
                    + "send_to_voicemail INTEGER NOT NULL DEFAULT 0,"
                    + "times_contacted INTEGER NOT NULL DEFAULT 0,last_time_contacted INTEGER,"
                    + "starred INTEGER NOT NULL DEFAULT 0,pinned INTEGER NOT NULL DEFAULT 0,"
                    + "has_phone_number INTEGER NOT NULL DEFAULT 0,lookup TEXT,"
                    + "status_update_id INTEGER REFERENCES data(_id),"
                    + "contact_last_updated_timestamp INTEGER)",
            "CREATE INDEX contacts_has_phone_index ON contacts (has_phone_number)",
            "CREATE INDEX contacts_name_raw_contact_id_index ON contacts (name_raw_contact_id)",
            "CREATE INDEX contacts_contact_last_updated_timestamp_index "
                    + "ON contacts(contact_last_updated_timestamp)",
            "CREATE TABLE deleted_contacts (contact_id INTEGER PRIMARY KEY,"
                    + "contact_deleted_timestamp INTEGER NOT NULL default 0)",
            "CREATE INDEX deleted_contacts_contact_deleted_timestamp_index "
                    + "ON deleted_contacts(contact_deleted_timestamp)",
            "CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + "account_id INTEGER REFERENCES accounts(_id),sourceid TEXT,backup_id TEXT,"
                    + "raw_contact_is_read_only INTEGER NOT NULL DEFAULT 0,"
                    + "version INTEGER NOT NULL DEFAULT 1,dirty INTEGER NOT NULL DEFAULT 0,"
                    + "deleted INTEGER NOT NULL DEFAULT 0,metadata_dirty INTEGER NOT NULL DEFAULT 0,"
                    + "contact_id INTEGER REFERENCES contacts(_id),"
                    + "aggregation_mode INTEGER NOT NULL DEFAULT 0,"
                    + "aggregation_needed INTEGER NOT NULL DEFAULT 1,custom_ringtone TEXT,"
                    + "send_to_voicemail INTEGER NOT NULL DEFAULT 0,"
                    + "times_contacted INTEGER NOT NULL DEFAULT 0,last_time_contacted INTEGER,"
                    + "starred INTEGER NOT NULL DEFAULT 0,pinned INTEGER NOT NULL DEFAULT 0,"
                    + "display_name TEXT,display_name_alt TEXT,"
                    + "display_name_source INTEGER NOT NULL DEFAULT 0,phonetic_name TEXT,"
                    + "phonetic_name_style TEXT,sort_key TEXT COLLATE PHONEBOOK,"
                    + "phonebook_label TEXT,phonebook_bucket INTEGER,"
                    + "sort_key_alt TEXT COLLATE PHONEBOOK,phonebook_label_alt TEXT,"
                    + "phonebook_bucket_alt INTEGER,name_verified INTEGER NOT NULL DEFAULT 0,"
                    + "sync1 TEXT, sync2 TEXT, sync3 TEXT, sync4 TEXT )",
            "CREATE INDEX raw_contacts_contact_id_index ON raw_contacts (contact_id)",
            "CREATE INDEX raw_contacts_source_id_account_id_index ON raw_contacts (sourceid, account_id)",
            "CREATE UNIQUE INDEX raw_contacts_backup_id_account_id_index "
                    + "ON raw_contacts (backup_id, account_id)",
            "CREATE INDEX raw_contact_sort_key1_index ON raw_contacts (sort_key)",
            "CREATE INDEX raw_contact_sort_key2_index ON raw_contacts (sort_key_alt)",
            "CREATE TABLE stream_items (_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "raw_contact_id INTEGER NOT NULL, res_package TEXT, icon TEXT, label TEXT, "
                    + "text TEXT, timestamp INTEGER NOT NULL, comments TEXT, stream_item_sync1 TEXT, "
                    + "stream_item_sync2 TEXT, stream_item_sync3 TEXT, stream_item_sync4 TEXT, "
                    + "FOREIGN KEY(raw_contact_id) REFERENCES raw_contacts(_id))",
            "CREATE TABLE photo_files (_id INTEGER PRIMARY KEY AUTOINCREMENT, height INTEGER NOT NULL, "
                    + "width INTEGER NOT NULL, filesize INTEGER NOT NULL)",
            "CREATE TABLE packages (_id INTEGER PRIMARY KEY AUTOINCREMENT,package TEXT NOT NULL)",
            "CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY AUTOINCREMENT,mimetype TEXT NOT NULL)",
            "CREATE UNIQUE INDEX mime_type ON mimetypes (mimetype)",
            "CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + "package_id INTEGER REFERENCES package(_id),"
                    + "mimetype_id INTEGER REFERENCES mimetype(_id) NOT NULL,"
                    + "raw_contact_id INTEGER REFERENCES raw_contacts(_id) NOT NULL,hash_id TEXT,"
                    + "is_read_only INTEGER NOT NULL DEFAULT 0,is_primary INTEGER NOT NULL DEFAULT 0,"
                    + "is_super_primary INTEGER NOT NULL DEFAULT 0,"
                    + "data_version INTEGER NOT NULL DEFAULT 0,data1 TEXT,data2 TEXT,data3 TEXT,"
                    + "data4 TEXT,data5 TEXT,data6 TEXT,data7 TEXT,data8 TEXT,data9 TEXT,data10 TEXT,"
                    + "data11 TEXT,data12 TEXT,data13 TEXT,data14 TEXT,data15 TEXT,"
                    + "data_sync1 TEXT, data_sync2 TEXT, data_sync3 TEXT, data_sync4 TEXT )",
            "CREATE INDEX data_raw_contact_id ON data (raw_contact_id)",
            "CREATE INDEX data_mimetype_data1_index ON data (mimetype_id,data1)",
            "CREATE INDEX data_hash_id_index ON data (hash_id)",
            "CREATE TABLE phone_lookup (data_id INTEGER REFERENCES data(_id) NOT NULL,"
                    + "raw_contact_id INTEGER REFERENCES raw_contacts(_id) NOT NULL,"
                    + "normalized_number TEXT NOT NULL,min_match TEXT NOT NULL)",
            "CREATE INDEX phone_lookup_index ON phone_lookup (normalized_number,raw_contact_id,data_id)",
            "CREATE INDEX phone_lookup_min_match_index ON phone_lookup (min_match,raw_contact_id,data_id)",
            "CREATE INDEX phone_lookup_data_id_min_match_index ON phone_lookup (data_id, min_match)",
            "CREATE TABLE name_lookup (data_id INTEGER REFERENCES data(_id) NOT NULL,"
                    + "raw_contact_id INTEGER REFERENCES raw_contacts(_id) NOT NULL,"
                    + "normalized_name TEXT NOT NULL,name_type INTEGER NOT NULL,"
                    + "PRIMARY KEY (data_id, normalized_name, name_type))",
            "CREATE INDEX name_lookup_raw_contact_id_index ON name_lookup (raw_contact_id)",
            "CREATE TABLE groups (_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + "package_id INTEGER REFERENCES package(_id),"
                    + "account_id INTEGER REFERENCES accounts(_id),sourceid TEXT,"
                    + "version INTEGER NOT NULL DEFAULT 1,dirty INTEGER NOT NULL DEFAULT 0,title TEXT,"
                    + "title_res INTEGER,notes TEXT,system_id TEXT,deleted INTEGER NOT NULL DEFAULT 0,"
                    + "group_visible INTEGER NOT NULL DEFAULT 0,should_sync INTEGER NOT NULL DEFAULT 1,"
                    + "auto_add INTEGER NOT NULL DEFAULT 0,favorites INTEGER NOT NULL DEFAULT 0,"
                    + "group_is_read_only INTEGER NOT NULL DEFAULT 0,sync1 TEXT, sync2 TEXT, "
                    + "sync3 TEXT, sync4 TEXT )",
            "CREATE TABLE agg_exceptions (_id INTEGER PRIMARY KEY AUTOINCREMENT,type INTEGER NOT NULL, "
                    + "raw_contact_id1 INTEGER REFERENCES raw_contacts(_id), "
                    + "raw_contact_id2 INTEGER REFERENCES raw_contacts(_id))",
            "CREATE TABLE settings (account_name STRING NOT NULL,account_type STRING NOT NULL,"
                    + "data_set STRING,ungrouped_visible INTEGER NOT NULL DEFAULT 0,"
                    + "should_sync INTEGER NOT NULL DEFAULT 1)",
            "CREATE TABLE visible_contacts (_id INTEGER PRIMARY KEY)",
            "CREATE TABLE default_directory (_id INTEGER PRIMARY KEY)",
            "CREATE TABLE data_usage_stat(stat_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "data_id INTEGER NOT NULL, usage_type INTEGER NOT NULL DEFAULT 0, "
                    + "times_used INTEGER NOT NULL DEFAULT 0, last_time_used INTEGER NOT NULL DEFAULT 0, "
                    + "FOREIGN KEY(data_id) REFERENCES data(_id))")),

    CALLLOG("data/data/com.android.providers.contacts/databases/calllog.db", 8, List.of(
            "CREATE TABLE android_metadata (locale TEXT)",
            "CREATE TABLE properties (property_key TEXT PRIMARY KEY, property_value TEXT )",
            "CREATE TABLE calls (_id INTEGER PRIMARY KEY AUTOINCREMENT,number TEXT,"
                    + "presentation INTEGER NOT NULL DEFAULT 1,"
                    + "post_dial_digits TEXT NOT NULL DEFAULT '',via_number TEXT NOT NULL DEFAULT '',"
                    + "date INTEGER,duration INTEGER,data_usage INTEGER,type INTEGER,"
                    + "features INTEGER NOT NULL DEFAULT 0,subscription_component_name TEXT,"
                    + "subscription_id TEXT,phone_account_address TEXT,"
                    + "phone_account_hidden INTEGER NOT NULL DEFAULT 0,sub_id INTEGER DEFAULT -1,"
                    + "new INTEGER,name TEXT,numbertype INTEGER,numberlabel TEXT,countryiso TEXT,"
                    + "voicemail_uri TEXT,is_read INTEGER,geocoded_location TEXT,lookup_uri TEXT,"
                    + "matched_number TEXT,normalized_number TEXT,photo_id INTEGER NOT NULL DEFAULT 0,"
                    + "photo_uri TEXT,formatted_number TEXT,add_for_all_users INTEGER NOT NULL DEFAULT 1,"
                    + "last_modified INTEGER DEFAULT 0,call_screening_component_name TEXT,"
                    + "call_screening_app_name TEXT,block_reason INTEGER NOT NULL DEFAULT 0,"
                    + "_data TEXT,has_content INTEGER,mime_type TEXT,source_data TEXT,"
                    + "source_package TEXT,transcription TEXT,"
                    + "transcription_state INTEGER NOT NULL DEFAULT 0,state INTEGER,"
                    + "dirty INTEGER NOT NULL DEFAULT 0,deleted INTEGER NOT NULL DEFAULT 0,"
                    + "backed_up INTEGER NOT NULL DEFAULT 0,restored INTEGER NOT NULL DEFAULT 0,"
                    + "archived INTEGER NOT NULL DEFAULT 0,is_omtp_voicemail INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE voicemail_status (_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + "source_package TEXT NOT NULL,phone_account_component_name TEXT,"
                    + "phone_account_id TEXT,settings_uri TEXT,voicemail_access_uri TEXT,"
                    + "configuration_state INTEGER,data_channel_state INTEGER,"
                    + "notification_channel_state INTEGER,quota_occupied INTEGER DEFAULT -1,"
                    + "quota_total INTEGER DEFAULT -1,source_type TEXT)")),

    MMSSMS("data/data/com.android.providers.telephony/databases/mmssms.db", 67, List.of(
            "CREATE TABLE android_metadata (locale TEXT)",
            "CREATE TABLE sms (_id INTEGER PRIMARY KEY,thread_id INTEGER,address TEXT,person INTEGER,"
                    + "date INTEGER,date_sent INTEGER DEFAULT 0,protocol INTEGER,read INTEGER DEFAULT 0,"
                    + "status INTEGER DEFAULT -1,type INTEGER,reply_path_present INTEGER,subject TEXT,"
                    + "body TEXT,service_center TEXT,locked INTEGER DEFAULT 0,sub_id INTEGER DEFAULT -1, "
                    + "error_code INTEGER DEFAULT -1, creator TEXT,seen INTEGER DEFAULT 0)",
            "CREATE TABLE raw (_id INTEGER PRIMARY KEY,date INTEGER,reference_number INTEGER,"
                    + "count INTEGER,sequence INTEGER,destination_port INTEGER,address TEXT,"
                    + "sub_id INTEGER DEFAULT -1, pdu TEXT,deleted INTEGER DEFAULT 0,message_body TEXT,"
                    + "display_originating_addr TEXT)",
            "CREATE TABLE attachments (sms_id INTEGER,content_url TEXT,offset INTEGER)",
            "CREATE TABLE sr_pending (reference_number INTEGER,action TEXT,data TEXT)",
            "CREATE VIEW sms_restricted AS SELECT * FROM sms WHERE type=1 OR type=2",
            "CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY AUTOINCREMENT,address TEXT)",
            "CREATE TABLE threads (_id INTEGER PRIMARY KEY AUTOINCREMENT,date INTEGER DEFAULT 0,"
                    + "message_count INTEGER DEFAULT 0,recipient_ids TEXT,snippet TEXT,"
                    + "snippet_cs INTEGER DEFAULT 0,read INTEGER DEFAULT 1,archived INTEGER DEFAULT 0,"
                    + "type INTEGER DEFAULT 0,error INTEGER DEFAULT 0,has_attachment INTEGER DEFAULT 0)",
            "CREATE TABLE pending_msgs (_id INTEGER PRIMARY KEY,proto_type INTEGER,msg_id INTEGER,"
                    + "msg_type INTEGER,err_type INTEGER,err_code INTEGER,"
                    + "retry_index INTEGER NOT NULL DEFAULT 0,due_time INTEGER,"
                    + "pending_sub_id INTEGER DEFAULT -1, last_try INTEGER)",
            "CREATE TABLE pdu (_id INTEGER PRIMARY KEY AUTOINCREMENT,thread_id INTEGER,date INTEGER,"
                    + "date_sent INTEGER DEFAULT 0,msg_box INTEGER,read INTEGER DEFAULT 0,m_id TEXT,"
                    + "sub TEXT,sub_cs INTEGER,ct_t TEXT,ct_l TEXT,exp INTEGER,m_cls TEXT,m_type INTEGER,"
                    + "v INTEGER,m_size INTEGER,pri INTEGER,rr INTEGER,rpt_a INTEGER,resp_st INTEGER,"
                    + "st INTEGER,tr_id TEXT,retr_st INTEGER,retr_txt TEXT,retr_txt_cs INTEGER,"
                    + "read_status INTEGER,ct_cls INTEGER,resp_txt TEXT,d_tm INTEGER,d_rpt INTEGER,"
                    + "locked INTEGER DEFAULT 0,sub_id INTEGER DEFAULT -1, seen INTEGER DEFAULT 0,"
                    + "creator TEXT,text_only INTEGER DEFAULT 0)",
            "CREATE TABLE addr (_id INTEGER PRIMARY KEY,msg_id INTEGER,contact_id INTEGER,address TEXT,"
                    + "type INTEGER,charset INTEGER)",
            "CREATE TABLE part (_id INTEGER PRIMARY KEY AUTOINCREMENT,mid INTEGER,seq INTEGER DEFAULT 0,"
                    + "ct TEXT,name TEXT,chset INTEGER,cd TEXT,fn TEXT,cid TEXT,cl TEXT,ctt_s INTEGER,"
                    + "ctt_t TEXT,_data TEXT,text TEXT)",
            "CREATE TABLE rate (sent_time INTEGER)",
            "CREATE TABLE drm (_id INTEGER PRIMARY KEY,_data TEXT)",
            "CREATE VIEW pdu_restricted AS SELECT * FROM pdu WHERE (msg_box=1 OR msg_box=2) AND (m_type!=130)",
            "CREATE INDEX typeThreadIdIndex ON sms (type, thread_id)",
            "CREATE INDEX threadIdDateIndex ON sms (thread_id, date)",
            "CREATE INDEX partMidIndex ON part (mid)",
            "CREATE INDEX addrMsgIdIndex ON addr (msg_id)")),

    TELEPHONY("data/user_de/0/com.android.providers.telephony/databases/telephony.db", 44 << 16, List.of(
            "CREATE TABLE android_metadata (locale TEXT)",
            "CREATE TABLE siminfo(_id INTEGER PRIMARY KEY AUTOINCREMENT,icc_id TEXT NOT NULL,"
                    + "sim_id INTEGER DEFAULT -1,display_name TEXT,carrier_name TEXT,"
                    + "name_source INTEGER DEFAULT 0,color INTEGER DEFAULT 0,number TEXT,"
                    + "display_number_format INTEGER NOT NULL DEFAULT 1,data_roaming INTEGER DEFAULT 0,"
                    + "mcc INTEGER DEFAULT 0,mnc INTEGER DEFAULT 0,mcc_string TEXT,mnc_string TEXT,"
                    + "ehplmns TEXT,hplmns TEXT,sim_provisioning_status INTEGER DEFAULT 0,"
                    + "is_embedded INTEGER DEFAULT 0,card_id TEXT NOT NULL,access_rules BLOB,"
                    + "access_rules_from_carrier_configs BLOB,is_removable INTEGER DEFAULT 0,"
                    + "enable_cmas_extreme_threat_alerts INTEGER DEFAULT 1,"
                    + "enable_cmas_severe_threat_alerts INTEGER DEFAULT 1,"
                    + "enable_cmas_amber_alerts INTEGER DEFAULT 1,enable_emergency_alerts INTEGER DEFAULT 1,"
                    + "alert_sound_duration INTEGER DEFAULT 4,alert_reminder_interval INTEGER DEFAULT 0,"
                    + "enable_alert_vibrate INTEGER DEFAULT 1,enable_alert_speech INTEGER DEFAULT 1,"
                    + "enable_etws_test_alerts INTEGER DEFAULT 0,enable_channel_50_alerts INTEGER DEFAULT 1,"
                    + "enable_cmas_test_alerts INTEGER DEFAULT 0,show_cmas_opt_out_dialog INTEGER DEFAULT 1,"
                    + "volte_vt_enabled INTEGER DEFAULT -1,vt_ims_enabled INTEGER DEFAULT -1,"
                    + "wfc_ims_enabled INTEGER DEFAULT -1,wfc_ims_mode INTEGER DEFAULT -1,"
                    + "wfc_ims_roaming_mode INTEGER DEFAULT -1,wfc_ims_roaming_enabled INTEGER DEFAULT -1,"
                    + "is_opportunistic INTEGER DEFAULT 0,group_uuid TEXT,is_metered INTEGER DEFAULT 1,"
                    + "iso_country_code TEXT,carrier_id INTEGER DEFAULT -1,profile_class INTEGER DEFAULT -1,"
                    + "subscription_type INTEGER DEFAULT 0,group_owner TEXT,"
                    + "data_enabled_override_rules TEXT,imsi TEXT,"
                    + "uicc_applications_enabled INTEGER DEFAULT 1,allowed_network_types BIGINT DEFAULT -1,"
                    + "ims_rcs_uce_enabled INTEGER DEFAULT 0)",
            "CREATE TABLE carriers(_id INTEGER PRIMARY KEY,name TEXT DEFAULT '',numeric TEXT DEFAULT '',"
                    + "mcc TEXT DEFAULT '',mnc TEXT DEFAULT '',carrier_id INTEGER DEFAULT -1,"
                    + "apn TEXT DEFAULT '',user TEXT DEFAULT '',server TEXT DEFAULT '',"
                    + "password TEXT DEFAULT '',proxy TEXT DEFAULT '',port TEXT DEFAULT '',"
                    + "mmsproxy TEXT DEFAULT '',mmsport TEXT DEFAULT '',mmsc TEXT DEFAULT '',"
                    + "authtype INTEGER DEFAULT -1,type TEXT DEFAULT '',current INTEGER,"
                    + "sub_id INTEGER DEFAULT -1,protocol TEXT DEFAULT 'IP',"
                    + "roaming_protocol TEXT DEFAULT 'IP',carrier_enabled BOOLEAN DEFAULT 1,"
                    + "bearer INTEGER DEFAULT 0,bearer_bitmask INTEGER DEFAULT 0,"
                    + "network_type_bitmask INTEGER DEFAULT 0,mvno_type TEXT DEFAULT '',"
                    + "mvno_match_data TEXT DEFAULT '',profile_id INTEGER DEFAULT 0,"
                    + "modem_cognitive BOOLEAN DEFAULT 0,max_conns INTEGER DEFAULT 0,"
                    + "wait_time INTEGER DEFAULT 0,max_conns_time INTEGER DEFAULT 0,mtu INTEGER DEFAULT 0,"
                    + "edited INTEGER DEFAULT 0,user_visible BOOLEAN DEFAULT 1,"
                    + "user_editable BOOLEAN DEFAULT 1,owned_by INTEGER DEFAULT 1,"
                    + "apn_set_id INTEGER DEFAULT 0,skip_464xlat INTEGER DEFAULT -1,"
                    + "UNIQUE (numeric, mcc, mnc, apn, proxy, port, mmsproxy, mmsport, mmsc, "
                    + "carrier_enabled, bearer, mvno_type, mvno_match_data, profile_id, protocol, "
                    + "roaming_protocol, user_editable, mtu, apn_set_id, skip_464xlat))"));

    /** Where the file lives inside an extraction, '/'-separated. */
    final String path;
    /** PRAGMA user_version, the provider's DATABASE_VERSION. */
    final int userVersion;
    private final List<String> ddl;

    AndroidSchema(String path, int userVersion, List<String> ddl) {
        this.path = path;
        this.userVersion = userVersion;
        this.ddl = ddl;
    }

    /**
     * Creates this database under an extraction root, with its tables and the
     * android_metadata row that every SQLiteOpenHelper database carries.
     */
    SqliteDb create(Path root, String locale) throws IOException, SQLException {
        SqliteDb db = SqliteDb.create(root.resolve(path), userVersion);
        for (String sql : ddl) {
            db.exec(sql);
        }
        try (SqliteDb.Insert meta = db.insert("android_metadata", "locale")) {
            meta.row(locale);
        }
        return db;
    }
}
