package io.cccpexplorer.report;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The texts {@code cccp-report} prints about itself, identical to {@code ccenter_report}'s. */
final class ReportUsage {

    static final String VERSION = "2.10.0.12";
    private static final String BUILD = "Dec  2 2025 09:35:52";
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss.SSSSSS");

    private ReportUsage() {
    }

    static void usage(PrintStream out, String program) {
        out.println(program + " Version " + VERSION + " " + BUILD);
        out.println(program + " -V | -VV | -login login -password password -server address port [-verbose] "
                + "(-list | -count | -content) [-raw_dates] -path path_name [-object object_id] -field field_name "
                + "[-filter request_filter] [-fields fields_list] [-separator string]");
        out.println("    -login : user login.");
        out.println("    -password : user password.");
        out.println("    -server : server to report.");
        out.println("    -verbose : Add logs.");
        out.println("    -list : Request for list content.");
        out.println("    -count : Request for list count.");
        out.println("    -content : Request for object content.");
        out.println("    -raw_dates : Request date in raw format (float).");
        out.println("    -path : path in the database.");
        out.println("    -object : Object identifier.");
        out.println("    -field : Field requested.");
        out.println("    -filter : Request filter.");
        out.println("    -fields : Fields to be returned.");
        out.println("    -separator : Separator string used in results.");
    }

    static void help(PrintStream out, String program) {
        usage(out, program);
        out.println();
        out.println("Differences from ccenter_report (" + program + " only):");
        out.println("    -count : prints the number of items (ccenter_report " + VERSION + " prints nothing).");
        out.println("    -timeout seconds : bounds the whole run: connecting, logging in and the answer (default 30;");
        out.println("                       exit 6). ccenter_report waits forever (unknown field or object id).");
        out.println("    -connect_attempts n : connection attempts, one second apart (default 5; exit 5).");
        out.println("                       ccenter_report retries forever.");
        out.println("    -format json : one JSON object per row ({\"object_id\":…, \"<column>\":value, …}).");
        out.println("    -follow : with -list, keeps the list open and prints rows as they change (Ctrl-C stops).");
        out.println("    -batch file|- : one connection, then one query per line of the file (- = stdin), e.g.");
        out.println("                       -list -path /dispatch -field queues -fields \"row.name;row.waiting\"");
        out.println("                       each followed by the line '# end N exit C' (JSON: {\"query\":N,"
                + "\"end\":true,");
        out.println("                       \"exit\":C}); -timeout then bounds the login, and each query apart.");
        out.println("    Field functions: duration(date) = elapsed H:MM:SS, second_duration(date) = elapsed");
        out.println("    seconds, minute_duration(date) = elapsed minutes; undefined for a missing date.");
        out.println("Exit codes: 0 done (also after 'bad login'), 2 bad arguments, 5 cannot connect, 6 timeout.");
    }

    /** A diagnostic line in the vendor's log style: {@code DD/MM/YYYY HH:MM:SS.uuuuuu : pid : message}. */
    static String logLine(String message) {
        return LOG_TIME.format(LocalDateTime.now()) + " : " + String.format("%05d", ProcessHandle.current().pid())
                + " : " + message;
    }
}
