<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccessLogFormatter</name>
        <message>
            <source>(client left before the end)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AutoSendBar</name>
        <message>
            <source>Nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the quick-send list is empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick-send message “%1” was deleted: nothing is sent after receiving now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick-send message “%1” was deleted: nothing is sent on connect now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not sent: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sent after receiving, %1 skipped (too soon after the last).</source>
            <translation>
                <numerusform>%n sent after receiving, %1 skipped (too soon after the last).</numerusform>
                <numerusform>%n sent after receiving, %1 skipped (too soon after the last).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent after receiving.</source>
            <translation>
                <numerusform>%n sent after receiving.</numerusform>
                <numerusform>%n sent after receiving.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send on c&amp;onnect:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quick-send message sent right after each connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after each rec&amp;eive:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quick-send message sent after each message received, for simple request/response devices: at most one per received message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gap ≥ </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The least time between two sends after receiving. A message received sooner waits for it; messages received while one waits get no send of their own, so an echo server cannot turn it into an endless exchange at full speed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ByteCountText</name>
        <message numerus="yes">
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln byte</numerusform>
                <numerusform>%Ln bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %Ln byte(s)</source>
            <translation>
                <numerusform>%1 of %Ln byte</numerusform>
                <numerusform>%1 of %Ln bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>Lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lecture script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every server of the class (%1 in all), %2 at a time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening on port %1; run your client now (check %2 of %3: %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Check %1 of %2 passed: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Lesson %1 of %2 passed: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Check %1 of %2 failed: %3. %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Lesson %1 of %2 not passed (it does not fail the lab): %3. %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>– Check %1 of %2 did not run: %3. %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ %1/%2 %3 at %4 passed: %5 of %6 required checks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ %1/%2 %3 at %4 failed: %5 of %6 required checks passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped: the report shows the checks that ran.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 passed every required check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JUnit report could not be written to “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV table could not be written to “%1”: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckCommandLine</name>
        <message>
            <source>Checks a student's server or client against a lab and explains what it got wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A server lab (such as tcp-upper) connects to the student's server at HOST:PORT; a client lab (such as upload-client) listens with --serve and waits for the student's client, once per check. Each check is printed as it finishes, then the report: one line per check and, for each failure, the step, what was expected, what arrived (as text and hex, line endings visible) and the likely cause.

--targets FILE runs a server lab over a whole class: one NAME HOST:PORT per line, blank lines and # comments ignored; --csv writes the students × checks table.

--list shows the built-in labs; --lab-file FILE.json runs a lab written as a file (docs/labs.md) instead of a built-in one, in which case LAB is not given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the built-in labs: id, role, title and the lecture script each one matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the lab in this lab file instead of a built-in lab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client labs: listen and wait for the student's client (instead of HOST:PORT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --serve: the port to listen on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the lab's port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --serve: the address to listen on: any, localhost or an IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --serve: how many seconds each check waits for the client to connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check every server listed in FILE (NAME HOST:PORT per line) instead of HOST:PORT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --targets: write the students × checks table to FILE as CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --targets: how many servers are checked at the same time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the report as JSON on standard output instead of text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also write the report to FILE as JUnit XML, for autograders and CI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long a step waits for an answer, in milliseconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the lab's, usually 3000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a lab parameter a value (such as the file name a download lab asks for).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 when every required check passed, 1 when one failed or the target could not be reached, 2 on bad arguments or an invalid lab file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The targets file “%1” cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The targets file “%1” is larger than 1 MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file, then what is wrong in it</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not NAME=VALUE: --set needs a parameter name, “=” and its value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab “%1” has no parameters, so --set %2 cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab “%1” has no parameter “%2”; its parameters are: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--list cannot be combined with --%1: it only lists the labs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: --list only lists the labs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab is missing: give its id (socketlab check --list shows them) or --lab-file FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no built-in lab “%1”: socketlab check --list shows them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--serve and --targets cannot be combined: --serve waits for one client, --targets checks a class of servers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” checks a client: SocketLab listens with --serve (and --port N) and the student's client connects to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” checks a server: give the student's server as HOST:PORT (or a class with --targets FILE); --serve is for client labs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server to check is missing: give it as HOST:PORT (for example 127.0.0.1:%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: check takes one lab and one HOST:PORT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: with --serve the client connects to SocketLab, so no HOST:PORT is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: with --targets the servers are read from the targets file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 is only for client labs with --serve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 is only for a class run with --targets FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a port number for --port: use 0-65535 (0: the lab's port).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Checksum</name>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8-bit sum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8-bit XOR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: expected %2, got %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassRun</name>
        <message>
            <source>The class run was stopped before this target's turn.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassTableModel</name>
        <message>
            <source>%1 — %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Passed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✗ %n required check(s) not passed</source>
            <translation>
                <numerusform>✗ %n required check not passed</numerusform>
                <numerusform>✗ %n required checks not passed</numerusform>
            </translation>
        </message>
        <message>
            <source>Check %1: %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n student(s) checked: %2 passed every required check.</source>
            <translation>
                <numerusform>%1 of %n student checked: %2 passed every required check.</numerusform>
                <numerusform>%1 of %n students checked: %2 passed every required check.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassTarget</name>
        <message>
            <source>line %1: “%2” is not NAME HOST:PORT (a name without spaces, then the address, for example: wang-wei 192.168.1.23:9000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: the name “%2” is already used on line %3; every target needs its own name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The targets file lists nobody: write one NAME HOST:PORT per line.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassicDownloadJob</name>
        <message>
            <source>The folder %1 does not exist or cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer is not “0&lt;SEPARATOR&gt;&lt;size&gt;” or “-1&lt;SEPARATOR&gt;&lt;message&gt;”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent more than the announced %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 closed the connection without a complete answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete: the connection ended after %1 of %2; the partial file was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered: “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassicDownloadSession</name>
        <message>
            <source>(a name longer than %1 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The requested name is longer than %1 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file name arrived within %1 ms; the connection was closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name is not valid UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client closed the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client closed the connection after %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client finished sending without asking for a file; the connection was closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassicProtocol</name>
        <message>
            <source>The server's answer does not start with a number followed by &lt;SEPARATOR&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server announced a file size that is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name is not valid UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The announced size “%1” is negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The announced size “%1” is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The announced size is too large.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassicUploadJob</name>
        <message>
            <source>%1 is not a readable file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the upload: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 closed the connection without answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server closed the connection after %1 of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent %1; the server read every byte and closed the connection cleanly (the classic protocol has no other confirmation).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent %1 and closed the connection; this system cannot tell whether the server read every byte (the classic protocol has no confirmation).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassicUploadSession</name>
        <message>
            <source>The header is longer than %1 bytes without a complete “&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client closed the connection before the header “&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;” was complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The header “&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;” did not arrive within %1 ms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client sent more than the announced %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete: the connection ended after %1; the partial file was deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CliRunner</name>
        <message>
            <source>unknown command “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytes in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytes out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Msgs in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Msgs out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandHelp</name>
        <message>
            <source>%1 Default: %2.</source>
            <comment>an option's description, then its default value</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: socketlab [COMMAND [OPTIONS]]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without a command the window opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--open COMMAND [OPTIONS]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window, with that tab filled in and started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The version of SocketLab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run “socketlab COMMAND --help” for the options of one command.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLineReader</name>
        <message>
            <source>“%1” is not a valid value for --%2: use a whole number from %3 to %4.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConversationDiagram</name>
        <message>
            <source>listening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>listening on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped listening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bound to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>socket closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not listen or bind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>host not found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FIN (finished sending)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RST (reset)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connect refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer (timed out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICMP: port unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ICMP: host unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>turned away (client limit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… %1 …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagramCommand</name>
        <message>
            <source>%1: the last line was cut short (the recording stopped while writing it); it is left out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n arrow(s), the %2 older ones left out (--max).</source>
            <translation>
                <numerusform>Wrote %1: %n arrow, the %2 older ones left out (--max).</numerusform>
                <numerusform>Wrote %1: %n arrows, the %2 older ones left out (--max).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n arrow(s).</source>
            <translation>
                <numerusform>Wrote %1: %n arrow.</numerusform>
                <numerusform>Wrote %1: %n arrows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiagramCommandLine</name>
        <message>
            <source>Draws a recorded conversation (an events file) as a sequence diagram, in SVG or PNG.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EVENTS is an events file (JSON Lines) written with --events by a server or client command, or saved from the window's log (docs/events.md). The picture is the one in a networking textbook: one vertical line for this side and one for each peer, time going down, one arrow for each connect, each message or chunk received (with its size and first characters), each half-close and close (dashed, with the side that closed first), errors in red with a cross. Long pauses are cut out and say how long they were.

A time for --from and --to is an ISO 8601 date and time (2024-05-01T12:03:10, with Z or +08:00 for a zone, else local time), a time of the recording's day in local time (12:03:10 or 12:03:10.250), or milliseconds since 1970-01-01 UTC.

No display is needed: the picture is drawn offscreen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to write the picture (also -o FILE); its suffix chooses the format: .svg or .png.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the conversation with this peer, as the log shows it (127.0.0.1:53422).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out what happened before this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave out what happened after this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw at most the newest N arrows (0: all); the picture says how many were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the data's first bytes as hex instead of text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoding of the data: utf-8, gbk or latin-1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title line above the diagram ("": none).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who recorded, where and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 when the picture was written, 1 when it could not be written, 2 on bad arguments or an events file that cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <comment>the recording's role, then when it started</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2</source>
            <comment>the recording's role, then its address</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2, %3</source>
            <comment>the recording's role, its address, when it started</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The events file is missing: give it first (socketlab diagram EVENTS.jsonl -o OUT.svg).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: diagram takes one events file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture to write is missing: give it with -o FILE.svg or -o FILE.png.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is neither .svg nor .png: the suffix of -o chooses the format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown encoding “%1”: use utf-8, gbk or latin-1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file, then what is wrong in it</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a time for --%2: use 2024-05-01T12:03:10, 12:03:10 (the recording's day) or milliseconds since 1970.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--from is after --to: nothing would be drawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording has no peer “%1”: it has no peers at all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording has no peer “%1”; its peers are: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagramExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawn by SocketLab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: the picture is too large (%2 × %3 pixels).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagramPainter</name>
        <message numerus="yes">
            <source>%n earlier event(s) not shown</source>
            <translation>
                <numerusform>%n earlier event not shown</numerusform>
                <numerusform>%n earlier events not shown</numerusform>
            </translation>
        </message>
        <message>
            <source>closed first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiagramView</name>
        <message>
            <source>At %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 closed first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryListing</name>
        <message>
            <source>Index of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modified</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Only the first %n entries are shown.</source>
            <translation>
                <numerusform>Only the first %n entry is shown.</numerusform>
                <numerusform>Only the first %n entries are shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DualStackMulticastOptions</name>
        <message>
            <source>this system cannot join an IPv4 group from a socket bound to any address (IPv4 + IPv6); bind to any IPv4 address (0.0.0.0) instead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmptyHint</name>
        <message>
            <source>Clients connecting and leaving, and every message received from them or sent to them, will appear here: one row per recv() chunk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the server and every message sent or received will appear here: one row per recv() chunk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every datagram sent or received will appear here, one row each, with its sender.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server log will appear here: clients connecting, the files they ask for, uploads and errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each download and upload on this server will appear here with its progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your downloads and uploads will appear here with their progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each request a browser or script sends to this server will appear here: method, path, status and size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a server, then connect a client from here or from a script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the quick start for this tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each connected client will appear here with its bytes and messages in and out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a lab above: its checks will appear here. Then enter the address of your program and press Run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a targets file (one line per student: a name and HOST:PORT), then press Run: each student will appear here with a column per check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a check: the bytes SocketLab and your program exchanged during it will appear here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Endpoint</name>
        <message>
            <source>“%1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; the port is 1-65535).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventChecksum</name>
        <message>
            <source>%1: cannot be checked, only the first %2 of %3 bytes were kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: cannot be checked, a message needs at least %n byte(s) for it.</source>
            <translation>
                <numerusform>%1: cannot be checked, a message needs at least %n byte for it.</numerusform>
                <numerusform>%1: cannot be checked, a message needs at least %n bytes for it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogReader</name>
        <message>
            <source>“%1” must be a text in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” may be at most %2 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be a whole number from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a SocketLab events file: its first line must be {"format": "socketlab-events", "version": 1, …}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The header has no %1; every header needs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This events file is version %1; this SocketLab reads version 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be a time such as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The event has no %1; every event needs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not valid base64.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payload holds more than %1; an events file keeps at most %1 of each event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payload holds %1, but “size” says %2; a payload is never larger than its size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“truncated” must be true exactly when the payload holds fewer bytes than “size”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than %1; an events file may be at most %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the events file failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The line is longer than %1; no line of an events file is that long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not JSON: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each line of an events file is one JSON object: {…}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has more than %L1 events; SocketLab reads at most %L1 from one file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty; an events file begins with its header line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the events file %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventLogWriter</name>
        <message>
            <source>Cannot write the events file %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventsFileWriter</name>
        <message>
            <source>%1. Nothing more is written to it; the file holds the first %2 events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events written to %1: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventsSettings</name>
        <message>
            <source>Write every event (connections, data sent and received, closes, errors) to FILE as JSON Lines as it happens (an existing FILE is replaced); it is complete when the command ends. socketlab diagram FILE draws it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--events is for the commands without a window (socketlab tcp-server …); the window does not write an events file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file name was given to write the events into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder: give the name of a file to write the events into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” does not exist, so “%2” cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a folder, so “%2” cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be written: permission denied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileClientPanel</name>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address or name of the computer running the file server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ports:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Socket&amp;Lab:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classic do&amp;wnload:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classic u&amp;pload:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save d&amp;ownloads in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the download folder in the file manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Existing files are never overwritten: if “a.txt” is already there, the new download is saved as “a (1).txt”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;List files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the server for the files in this folder (again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the folder above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a folder to open it, “..” to go up, a file to download it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Download selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The classic protocol (the seed's download_server.py) cannot list the server's folder: type the file name exactly as it is on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U&amp;pload files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…or drop files onto this tab to upload them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retry / resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a failed or cancelled transfer again. With the SocketLab protocol a download continues where it stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open containing &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cl&amp;ear finished</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>File transfers: %n in progress</source>
            <translation>
                <numerusform>File transfers: %n in progress</numerusform>
                <numerusform>File transfers: %n in progress</numerusform>
            </translation>
        </message>
        <message>
            <source>SocketLab (folder listing, resume, SHA-256 check)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classic (the seed scripts' &lt;SEPARATOR&gt; protocol)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the name of the file to download, as it is on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the address of the server first, for example 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only files can be uploaded; not sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the files to upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where downloads are saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder: /%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press “List files” to see the files on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the server for the files in /%1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot list /%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entries. Double-click a folder to open it, a file to download it.</source>
            <translation>
                <numerusform>%n entry. Double-click a folder to open it, a file to download it.</numerusform>
                <numerusform>%n entries. Double-click a folder to open it, a file to download it.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this window's server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the file server running in this window: host %1, SocketLab port %2, classic download port %3, classic upload port %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot list /%1. List the files again to see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Client (download and upload)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer speed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileSender</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 became shorter while it was being sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileServer</name>
        <message>
            <source>The server was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder “%1” does not exist or is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploads cannot be saved in “%1”: it is not a writable folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many connections (%1); this one was closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileServerCommand</name>
        <message>
            <source>Sharing %1; uploads go to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening: classic download on port %1, classic upload on port %2, SLFT/1 on port %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLFT/1 clients see the uploads read-only in the folder uploads/.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileServerCommandLine</name>
        <message>
            <source>“%1” is not a port number for --%2: use 0-65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shares the files of a folder and receives uploads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It speaks the protocols of seed 002 (download_server.py and upload_server.py; their clients work unchanged) and SocketLab's own protocol SLFT/1 (listing, resume, SHA-256 check). One line per transfer and per error; it runs until Ctrl+C (or SIGTERM).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder; only files inside it are ever served.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where uploads are saved; nothing is overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classic download port (0: the system picks one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classic upload port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLFT/1 port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a connection whose request does not arrive within MS milliseconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End a transfer when no byte moves either way for MS milliseconds; an SLFT/1 upload keeps its partial file for a resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections of the three ports together; more are closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLFT/1 lists the inbox as a read-only folder uploads/ of the shared folder (listable and downloadable, never writable; not when the inbox is the shared folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when a port cannot be opened, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: file-server takes only options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder is missing: give it with --root DIR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a number of milliseconds for --header-timeout.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileServerPanel</name>
        <message>
            <source>File server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;hared folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students can download every file inside this folder, and nothing outside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the shared folder in the file manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Inbox for uploads:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uploaded files are saved here. An existing file is never overwritten: the new one gets “ (1)”, “ (2)” … added to its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the inbox folder in the file manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Listen on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ports:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classic &amp;download:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The seed's download_server.py protocol (default 7890). 0 lets the system choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Classic &amp;upload:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The seed's upload_server.py protocol (default 12800). 0 lets the system choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Socket&amp;Lab:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab's own protocol with folder listing, resume and SHA-256 check (default 7891). 0 lets the system choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfers on this server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: uploads go to the shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder for uploads</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>File server on ports %1: %n transfer(s)</source>
            <translation>
                <numerusform>File server on ports %1: %n transfer</numerusform>
                <numerusform>File server on ports %1: %n transfers</numerusform>
            </translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not running: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sho&amp;w uploads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients of the SocketLab protocol see the inbox as a read-only folder “uploads” in the shared folder: they can list and download what was uploaded, never write into it. Off: uploads are not shown to anyone (unless the inbox is the shared folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running on %1, reachable from this computer at %2: classic download port %3, classic upload port %4, SocketLab port %5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running on %1. Give students the address %2 (on this computer also %3): classic download port %4, classic upload port %5, SocketLab port %6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running, reachable from this computer only at %1: classic download port %2, classic upload port %3, SocketLab port %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running. Give students the address %1: classic download port %2, classic upload port %3, SocketLab port %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not running: the last start failed. Press Start to try again and see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server (share files, receive uploads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer speed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileServerSession</name>
        <message>
            <source>Nothing arrived from %1 for %2 s, so the connection was closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 read nothing for %2 s, so the connection was closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No data moved between %1 and the server for %2 s, so the connection was closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileTab</name>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both can run at once: start the server here, then download from it as a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file tab cannot open “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileTabFolders</name>
        <message>
            <source>No folder is set: choose one with Browse….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” cannot be created. Check that the place exists and that you may write there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Framer</name>
        <message>
            <source>A line is longer than the limit of %1 without a line end (LF); is the peer using another framing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The peer announced a message of %1 bytes, more than the limit of %2; is it using another framing?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GetCommandLine</name>
        <message>
            <source>Downloads a file from a file server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAME is saved under its plain name into the folder given with --out; an existing file is never overwritten (“ (1)” is added).

Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted download is kept as “NAME.part” and resumed by the next get; the SHA-256 of the whole file is checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder to save into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the current folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the seed's protocol (download_server.py, port 7890): no resume, no checksum; only exactly the announced size counts as success.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 for a complete (and verified) file, 1 otherwise, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>get needs the server and the file name: socketlab get HOST:PORT NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name is empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HalfCloseWaiter</name>
        <message>
            <source>The server took no more data and did not close the connection for %1 seconds, so it is not known whether it kept the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to the server was lost before it could be closed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server reset the connection after the last byte (%1), so it may not have kept the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HttpErrorPage</name>
        <message>
            <source>The server could not understand the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may not see this folder or file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file with this name is served here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This server only answers GET and HEAD requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request took too long to arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The requested byte range lies outside the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request headers are too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This request method is not implemented.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is busy (too many connections). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HttpResponseReader</name>
        <message>
            <source>The connection was closed after %1 of the body that Content-Length announced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer does not start with an HTTP status line (HTTP/1.x NNN reason): “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The response headers are longer than %1 without an empty line to end them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was closed before any HTTP response arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was closed before the end of the response headers (the empty line).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first line “%1” is not an HTTP status line (HTTP/1.x NNN reason).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The header line “%1” has no “Name: value” form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The response uses Transfer-Encoding “%1”, which this check does not read: send a Content-Length or close the connection after the body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Content-Length “%1” is not a number of bytes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabCheckDetail</name>
        <message>
            <source>(the hex dump shows the first %1 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a check to see what SocketLab sent, what came back and, when it failed, why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This check has not run yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This check is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This check passed in %1 ms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The likely cause:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Expected (%n byte(s)):</source>
            <translation>
                <numerusform>Expected (%n byte):</numerusform>
                <numerusform>Expected (%n bytes):</numerusform>
            </translation>
        </message>
        <message>
            <source>Expected:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received (%1 bytes, the first %2 shown):</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Received (%n byte(s)):</source>
            <translation>
                <numerusform>Received (%n byte):</numerusform>
                <numerusform>Received (%n bytes):</numerusform>
            </translation>
        </message>
        <message>
            <source>Received: nothing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabCheckListModel</name>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exercise asks for this: the lab fails when it fails.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lesson: something the lecture discusses. It is reported but never fails the lab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n required check(s) passed.</source>
            <translation>
                <numerusform>%1 of %n required check passed.</numerusform>
                <numerusform>%1 of %n required checks passed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n lesson(s) passed.</source>
            <translation>
                <numerusform>%1 of %n lesson passed.</numerusform>
                <numerusform>%1 of %n lessons passed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) could not run.</source>
            <translation>
                <numerusform>%n check could not run.</numerusform>
                <numerusform>%n checks could not run.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabChooser</name>
        <message>
            <source>%1 (from %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open lab file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lab:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab file “%1” cannot be used: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a lab file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab files (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No lab is available. Open a lab file to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It tests a server: SocketLab connects to it as a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It tests a client: SocketLab listens and your client connects to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lecture script: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabClassPage</name>
        <message>
            <source>The targets file “%1” cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The targets file “%1” is too big to be a class list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The targets file “%1” cannot be used: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The targets file “%1” lists no student. Write one line per student: a name and HOST:PORT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a targets file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Targets files (*.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class mode checks servers; this lab checks a client. Use “One program” for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a targets file first: one line per student, a name and HOST:PORT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab “%1” over a class: %2 of %3 students checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking %1 of %2 students…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a cell to see that student’s check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a targets file: one line per student, a name and HOST:PORT, e.g. “wang-wei 192.168.1.23:9000”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) loaded. Press Run to check every server at once.</source>
            <translation>
                <numerusform>%n student loaded. Press Run to check every server at once.</numerusform>
                <numerusform>%n students loaded. Press Run to check every server at once.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Targets file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text file: one line per student, “name HOST:PORT”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check every student's server in the targets file, several at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every student's &amp;report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabConnection</name>
        <message>
            <source>UDP socket aimed at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client %1 connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client %1 sent its first datagram.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab had already closed connection %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab had already half-closed connection %1, so it cannot send on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 had already closed connection %2, so SocketLab could not send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection %1 is UDP, which has no half-close.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection %1 is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab half-closed the connection: it sends no more data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab closed the connection.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabExpectation</name>
        <message>
            <source>data starting with “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the upper-case of what was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same bytes as were sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text matching %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an HTTP response with status %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a complete HTTP response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the peer closes the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step expects nothing that SocketLab can check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was expected arrived glued to %1 more in the same piece, so a program reading it cannot tell where one message ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than %1 arrived without matching what was expected; SocketLab stopped reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was closed before anything arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was closed after only %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was closed after %1, before what was expected arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing arrived within %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only %1 arrived within %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 arrived within %2, but not what was expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab expects an empty text, which cannot be received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent on connection %1 before, so there is nothing to compare with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What arrived differs from what was expected from byte %1 on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What arrived does not start with “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data kept arriving for %1 without a pause of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pattern %1 is not a valid regular expression: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What arrived does not match %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The HTTP response was not complete within %1 (%2 arrived).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The status is %1, not %2 (“%3”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The response has no %1 header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The response has no body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 arrived where the connection should have been closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection was still open after %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 arrived where nothing should have.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabFileParser</name>
        <message>
            <source>“%1” must be a text in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must not be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be a whole number from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be a time in milliseconds, a whole number from 1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be true (leave the key out otherwise).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must be texts by language, e.g. {"en": "Echo server", "zh_CN": "回显服务器"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a language code; use codes such as “en” and “zh_CN”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The “%1” text must be a text in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” needs a text in at least one language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a valid placeholder; write ${name}, with letters, digits and _ in the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>${%1} is not defined here; an explanation may use ${expected}, ${received}, ${sent}, ${timeout}, ${step}, the lab's parameters and the named groups of a regex in the same check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>${%1} is not defined here; a text may use the lab's parameters and the named groups of a regex earlier in the same check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key “%1” is given twice in the same object; keep only one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a SocketLab lab file: it has no “format”: "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This lab file is not in a format this SocketLab reads: “format” must be "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1” in the lab; a lab has the keys %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab has no “%1”; every lab needs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The id “%1” may only use a-z, 0-9 and -, at most %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“role” must be "server" (the student wrote a server) or "client" (the student wrote a client).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“checks” must be a list of checks: [ {…}, {…} ].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab has no checks; it needs at least one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab has %1 checks; at most %2 are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“parameters” must be a list: [ {"name": "file", "default": "test.txt"} ].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab has %1 parameters; at most %2 are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each parameter must be an object: {"name": "file", "default": "test.txt"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1” in a parameter; a parameter has the keys %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parameter has no “%1”; every parameter needs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name “%1” may only use letters, digits and _, and must not start with a digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name “%1” is reserved for explanations; choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two parameters are named “%1”; each needs its own name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each check must be an object: {"id": …, "title": …, "steps": […]}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1” in a check; a check has the keys %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check has no “%1”; every check needs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two checks have the id “%1”; each check needs its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“steps” must be a list of steps: [ {"connect": "a"}, … ].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check has no steps; it needs at least one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check has %1 steps; at most %2 are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each step must be an object, e.g. {"send": "a", "text": "hello"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1” in a step; a step has one of the keys %2 and the keys that go with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step does nothing; it needs one of the keys %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step has both “%1” and “%2”; a step does one thing, so split it in two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not belong in a “%2” step; that step may have %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” needs a TCP connection; connection “%2” is UDP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” must name a connection, e.g. "a": letters, digits, - and _, at most 32 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection “%1” is not open here; a check starts with no connection, so open it first with {"connect": "%1"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection “%1” is not open here; a check starts with no connection, so wait for the client first with {"accept": "%1"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“connect” is for server labs; in a client lab SocketLab waits for the student's client with “accept”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“accept” is for client labs; in a server lab SocketLab connects to the student's server with “connect”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection “%1” is already open; close it before opening it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“protocol” must be "tcp" or "udp".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection “%1” was shut down for sending earlier in this check; nothing more can be sent on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This send step has nothing to send; give one of “text”, “hex” or “fill”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This send step has both “%1” and “%2”; give only one of “text”, “hex” or “fill”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“hex” is not valid: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“hex” must give at least one byte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“fill” must be an object: {"text": "abcdefghij", "count": 3000}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1” in “fill”; it has the keys %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“fill” has no “%1”; it needs both “text” and “count”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of “fill” is repeated as written; it cannot use ${placeholders}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“pieces” must be a list of piece sizes in bytes, e.g. [1000, 1000].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“pieces” has %1 sizes; at most %2 are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each piece size must be a whole number of bytes from 1 to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“pause” goes with “pieces”: it is the pause between the pieces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“count” must be a number of bytes from 1 to %1, or one placeholder such as "${size}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“http” must be an object, e.g. {"status": 200, "body": true}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1” in “http”; it may have the keys %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A response to HEAD has no body, so “body” cannot be true together with “head”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“headers” must be a list of header names, e.g. ["Content-Type"].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each entry of “headers” must be a header name such as "Content-Type".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This expect step says nothing to expect; give one of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This expect step has both “%1” and “%2”; give exactly one of %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” does not apply to “%2”; it goes with %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The regular expression is not valid: %1 (at character %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The regex group “%1” has the name of a parameter; rename one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” compares with the last send on connection “%2”, but nothing was sent on it earlier in this check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lab file is larger than 1 MiB; a lab file must be at most 1 MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lab file must be one JSON object: { "format": "socketlab-lab/1", … }.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the lab file %1: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabOutcomeLook</name>
        <message>
            <source>○ Not yet run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◷ Waiting for the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>– Could not run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabParameterForm</name>
        <message>
            <source>Default: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabProgramPage</name>
        <message>
            <source>Enter the address of the computer your server runs on, e.g. 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab “%1”: waiting for the client on port %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab “%1”: check %2 of %3 on %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not run: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening port %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening on port %1. Start your client now: check %2 of %3 waits for it to connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening on port %1: check %2 of %3 is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking %1: check %2 of %3 is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1 passed every required check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1 did not pass every required check. Select a failed check to see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press “Wait for the client”, then start your client: SocketLab plays the server and checks what your client does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start your server, enter where it listens, then press Run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer your server runs on: 127.0.0.1 for this one, or another computer's address. HOST:PORT works too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Listen on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Wait for the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen on this port and run the checks as your client connects.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to your server and run every check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report as text, JSON or JUnit XML.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabReportExport</name>
        <message>
            <source>“%1” could not be written: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report as &amp;Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report as &amp;JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report as J&amp;Unit XML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JUnit XML files (*.xml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabReportWriter</name>
        <message>
            <source>PASS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAIL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT RUN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RUNNING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PENDING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected: %1 bytes in all, the first %2 shown below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected bytes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected in hex: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received: nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received: %1 bytes in all, the first %2 shown below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received in hex: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likely cause: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check %1, “%2”, did not run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson %1, “%2”, was not passed (lessons never fail the lab).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check %1, “%2”, failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result: no check ran.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result: passed, %1 of %2 required checks passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result: FAILED, %1 of %2 required checks passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab “%1” (%2) for %3 at %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab “%1” (%2) against %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson, not required; not passed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not run: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (lesson)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabRunner</name>
        <message>
            <source>listening on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The run was stopped before this check finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection %1 was not opened in this check (a connect or accept step must come first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server stopped accepting connections after check “%1” failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a number of bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was expected did not arrive within %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 did not answer within %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No datagram from a new client arrived within %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client connected within %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab stopped recording this check's traffic here: there was too much of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rest was not sent: the peer had answered and closed the connection.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabStepText</name>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a UDP socket to the server (connection %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to the server (connection %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the first datagram from a new client (connection %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the client to connect (connection %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send %1 on %2 in pieces, %3 apart: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send %1 on %2 in pieces: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send %1 on %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for “%1” on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for data starting with “%1” on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for text matching %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the upper-case of what was sent on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the echo of what was sent on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for %1 bytes on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for an HTTP response with status %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for an HTTP response on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the server to close %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for the client to close %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that nothing arrives on %1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait for data on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Half-close %1 (SocketLab sends no more data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabTab</name>
        <message>
            <source>The lab “%1” has no parameter “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;One program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your own server or client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A whole &amp;class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For teachers: check every student's server listed in a targets file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 writes a report from the command line; in the window, use Export once the run has finished.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageManager</name>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListenOnWidget</name>
        <message>
            <source>any address (IPv4 and IPv6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any IPv4 address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any IPv6 address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any address (IPv4 and IPv6), port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any IPv4 address, port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any IPv6 address, port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an IP address. Pick one of the listed addresses or type one such as 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any IPv4 address (0.0.0.0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any IPv6 address (::)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The local address to listen on. “Any address” accepts clients from other machines over IPv4 and IPv6; localhost only from this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 lets the system pick a free port; the state line shows the one it chose.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalizedText</name>
        <message>
            <source>en</source>
            <extracomment>The language code of this translation, exactly "en" or "zh_CN": lab files carry their own texts in several languages and SocketLab picks the one matching this code.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogSaveDialog</name>
        <message>
            <source>Save the log as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the log as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text files (*.txt *.log);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the log as events (JSON Lines)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events files (*.jsonl);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>SocketLab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Log as &amp;Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Log as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as &amp;Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as &amp;Hex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About SocketLab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idle: nothing is listening or connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received %1 · Sent %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be opened in the window; use one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About SocketLab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log &amp;Size…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many events each log keeps before dropping the oldest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each log keeps its newest events and drops older ones. How many events should each log keep?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quick Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short illustrated guide to the current tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;A workbench for socket programming: TCP chat, UDP, file transfer and a web server, built on Qt's QTcpServer, QTcpSocket and QUdpSocket.&lt;/p&gt;&lt;p&gt;Made for network-programming lab sessions: every message shows when it arrived, from whom, and where each &lt;code&gt;recv()&lt;/code&gt; chunk ended.&lt;/p&gt;&lt;p&gt;The same engines run without a window: &lt;code&gt;socketlab --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The SocketLab authors. Released under the MIT License.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as Hex &amp;and Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Log as &amp;Events (JSON Lines)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;Diagram…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the current traffic view's conversation diagram as SVG or PNG</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManPage</name>
        <message>
            <source>a workbench for socket programming: TCP, UDP, file transfer and a web server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab is a workbench for socket programming: a TCP server and client, UDP, file transfer and a web server, built to talk to the programs students write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without arguments, socketlab opens its window. With --open COMMAND [OPTIONS] it opens the window with that command's tab filled in and started. With a command, it runs without a window: each event is printed on one line on standard output, errors on standard error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The command did its work; a server, after Ctrl+C or SIGTERM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A port could not be opened, a connection could not be made, or a transfer failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bad arguments: the reason and the command's usage are printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each command above says exactly when.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkAddresses</name>
        <message>
            <source>Any address (IPv4 + IPv6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>localhost (127.0.0.1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limited broadcast (255.255.255.255)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionValues</name>
        <message>
            <source>Address to listen on: any, localhost or an IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a reply mode: use none, echo, upper or text:STR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a framing mode: use raw, lines or length.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartialFile</name>
        <message>
            <source>Another transfer is writing %1 right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not give %1 its final name in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write into the folder %1 (permission denied or disk full).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeerListModel</name>
        <message>
            <source>Sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datagrams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrefixHasher</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 became shorter while it was being read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PutCommandLine</name>
        <message>
            <source>Uploads a file to a file server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted upload resumes where it stopped, and the server confirms the SHA-256 of the whole file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the seed's protocol (upload_server.py, port 12800): “NAME&lt;SEPARATOR&gt;SIZE”, wait for the answer, send the bytes, then wait for the server to close the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name announced to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FILE's own name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 when the upload is confirmed (SLFT/1: the server checked the size and the SHA-256; --classic: every byte was sent and the server then closed the connection cleanly, which is all that protocol can tell; a reset means the server did not keep the file), 1 otherwise, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put needs the server and the file: socketlab put HOST:PORT FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a readable file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSendDelegate</name>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send “%1” (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Double-click to edit it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSendFile</name>
        <message>
            <source>“%1” must be a text in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is %2 characters long; at most %3 are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each message must be an object: {"name": "Ping", "text": "ping"}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1” in a message; a message has the keys %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message %1 has no “%2”; every message needs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“hex” must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a line ending; “eol” must be "none", "lf" or "crlf".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an encoding SocketLab knows; use "UTF-8", "GBK" or "Latin-1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a checksum SocketLab knows; use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message %1 (“%2”) cannot be sent: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than 1 MiB; a quick-send file must be at most 1 MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a SocketLab quick-send file: it must be a JSON object with “format”: "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key “%1” is given twice in the same object; keep only one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown key “%1”; a quick-send file has the keys %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“version” must be the format's version number, %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is version %1 of the quick-send format, but this SocketLab reads version %2. Use a newer SocketLab, or export the messages again from the version that wrote them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“items” must be a list of messages: [ {"name": "Ping", "text": "ping"}, … ].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has %1 messages; at most %2 are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open %1: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSendItem</name>
        <message>
            <source>Nothing to send: the message is empty. Type something, or choose a line ending to send just that.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSendItemDialog</name>
        <message>
            <source>Add a quick-send message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit a quick-send message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short name, e.g. Read registers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the text as typed, or type the bytes in hex (e.g. 48 65 6c 6c 6f)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No checksum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checksum appended after the line ending; it covers the message and its line ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message keeps these choices wherever it is sent from; the choices under the send box's editor do not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is %1 characters long; a quick-send message holds at most %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSendList</name>
        <message>
            <source>Hex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be sent: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSendLoop</name>
        <message>
            <source>The loop stopped: the quick-send list is empty.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The loop stopped after %n message(s): there is no one to send to now (the connection closed, or no peer is chosen).</source>
            <translation>
                <numerusform>The loop stopped after %n message: there is no one to send to now (the connection closed, or no peer is chosen).</numerusform>
                <numerusform>The loop stopped after %n messages: there is no one to send to now (the connection closed, or no peer is chosen).</numerusform>
            </translation>
        </message>
        <message>
            <source>The quick-send list is empty: add messages to it first, then loop through them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The loop cannot start: there is no one to send to now (not connected, or no peer is chosen).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The loop stopped at message %1 (“%2”), which cannot be sent: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSendPanel</name>
        <message>
            <source>The quick-send list has no message %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not sent: there is no one to send to now (not connected, or no peer is chosen).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was not sent: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick-send list holds at most %1 messages; delete some first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring “%1” back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “%1”. Undo brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent %1 of %2; %3 in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import quick-send messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick-send lists (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick-send list is empty: there is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export quick-send messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported from %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no messages: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 has %n message(s). Add them after the messages already in the list, or replace the list with them?</source>
            <translation>
                <numerusform>%1 has %n message. Add them after the messages already in the list, or replace the list with them?</numerusform>
                <numerusform>%1 has %n messages. Add them after the messages already in the list, or replace the list with them?</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported from %1: the list would have %2 messages, but it holds at most %3.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n message(s) from %1.</source>
            <translation>
                <numerusform>Imported %n message from %1.</numerusform>
                <numerusform>Imported %n messages from %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to %1.</source>
            <translation>
                <numerusform>Exported %n message to %1.</numerusform>
                <numerusform>Exported %n messages to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the message in the editor to the list, with its format, line ending, encoding and checksum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the chosen message: name, content, format, line ending, encoding, checksum (F2, or double-click it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen message (Del); Undo brings it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen message up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen message down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import or export the list as a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export the list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the messages one after the other, again and again, with the pause between two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time between two messages of the loop, in milliseconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick-send messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved messages, one click to send: “+ Add” keeps the editor's message; Alt+1…Alt+9 send the first nine.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickStartDialog</name>
        <message>
            <source>SocketLab Quick Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TCP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UDP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab: TCP server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>listening on port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TCP client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this window (Role: Client)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. send a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab: UDP socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bound to port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another UDP socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. datagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. datagram back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab: file server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shared folder and inbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ports %1, %2 and %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. list the files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SocketLab: web server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>root folder, port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. GET /index.html</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. 200 OK and the page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TCP: a chat between a server and its clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose &lt;b&gt;Role: Server&lt;/b&gt;, keep port 1246 (0 lets the system pick a free port) and click &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect a client: choose &lt;b&gt;Role: Client&lt;/b&gt; in this window and click &lt;b&gt;Connect&lt;/b&gt;, or run a client script on this or another computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a message and press &lt;b&gt;Ctrl+Enter&lt;/b&gt;. Each row of the log is one &lt;code&gt;recv()&lt;/code&gt; chunk: two messages sent quickly one after the other may arrive as one chunk (“sticky packets”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a row to see the whole message and its bytes in hex under the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a script: %1 sends each line you type and prints the replies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UDP: datagrams without a connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click &lt;b&gt;Bind&lt;/b&gt; to receive on port 1234 (0 lets the system pick a free port).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under &lt;b&gt;Send to&lt;/b&gt;, enter the host and port of the other socket and send a message. Sending binds a free port by itself, so replies can come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each datagram is one row of the log: UDP keeps the boundaries of messages. Click a sender under &lt;b&gt;Senders seen&lt;/b&gt; to answer it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a script: %1 receives on port 5000 and sends each line you type to this tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files: download and upload with progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose &lt;b&gt;Role: Server&lt;/b&gt;, pick the shared folder (students download from it) and the inbox (uploads are saved there), then click &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose &lt;b&gt;Role: Client&lt;/b&gt; in this window or on a student's computer, enter the server's address, click &lt;b&gt;List files&lt;/b&gt; and double-click a file to download it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload with &lt;b&gt;Upload files…&lt;/b&gt; or by dropping files onto the tab. The transfers table shows the progress of each file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a script: %1 downloads a file, %2 uploads one. The seed's classic download and upload scripts use ports 7890 and 12800.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web server: what a browser sends and receives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the sample site or choose a root folder, then click &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click &lt;b&gt;Open in browser&lt;/b&gt;, or ask for a page from a script.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each request is one row of the request log. Select it to see the head the browser sent and the head the server answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a script: %1 shows both heads in the terminal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RateUnit</name>
        <message>
            <source>bytes/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KiB/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MiB/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GiB/s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceiveRecorder</name>
        <message>
            <source>No file name was given to save the received bytes into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder: give the name of a file to save the received bytes into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” does not exist, so “%2” cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a folder, so “%2” cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be written: permission denied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the received bytes to “%1”: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceiveToFileBox</name>
        <message>
            <source>Save the received bytes to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving to %1: %2 of hex text for %3 received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finishing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be opened. Press Start saving to try again and see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 disconnected. Saved %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing to %1 failed: %2. Saving stopped there (the file holds %3); receiving goes on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server stopped. Saved %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection closed. Saved %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The socket was closed. Saved %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All senders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving is possible while the server listens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving is possible while connected to a server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving is possible while the socket is bound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save what arrives from now on to the chosen file (asks for one first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop saving; the file keeps what was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hex text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receive to file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save what arrives to a file, as raw bytes or hex text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file the received bytes are saved into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw bytes: the file holds exactly the bytes received, in the order they came.
Hex text: one line per received chunk (TCP) or datagram (UDP) with the time, the sender and the bytes in hex, for example “14:23:03.165 127.0.0.1:53877 68 65 6c 6c 6f”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save what every sender sends, or only one sender's datagrams.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save what every client sends, or only one client's bytes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivedFileWriter</name>
        <message>
            <source>Writing the received bytes to %1 failed: %2. Nothing more is saved; the file holds the first %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the %1 received as hex text (%2) to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1 to %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemoteFolderModel</name>
        <message>
            <source>Up to the folder above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder “%1”, modified %2. Double-click to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”: %2, modified %3. Double-click to download it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemoteLister</name>
        <message>
            <source>The server did not answer within %1 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server does not speak SLFT/1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the listing (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's listing is malformed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestHeadText</name>
        <message>
            <source># Request from %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source># (nothing readable was received)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source># Response (body bytes sent: %1, time: %2 ms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source># Response (the client went away; body bytes sent: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source># (no response was sent)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestLogModel</name>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (cut short)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unreadable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Decoded: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client went away before the whole response was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytes sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the request log to %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleTab</name>
        <message>
            <source>Role:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafeFileName</name>
        <message>
            <source>The file name contains the control character U+%1; control characters are not allowed in file names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name is too long: %1 bytes in UTF-8, at most %2 are allowed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaveSettings</name>
        <message>
            <source>Write every byte received, from every peer, to FILE as it arrives (an existing FILE is replaced); it is complete when the command ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How --save writes: raw (the bytes as received) or hex (one text line per received chunk or datagram: time, sender, hex bytes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown save format “%1”: use raw or hex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--save-format needs --save FILE: it says how that file is written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendBox</name>
        <message>
            <source>Message to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a message; Ctrl+Enter sends it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the text as typed, or type the bytes in hex (e.g. 48 65 6c 6c 6f)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Input format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line ending added after the message. The seed servers compare whole messages, so the default adds none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No line ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LF (\n)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CRLF (\r\n)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Character encoding used to turn the text into bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages sent before; pick one to put it back in the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file and send its contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the message (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time between two sends, in milliseconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many times to send the message (0 = until stopped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the message again and again at the chosen interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln sent; repeating until stopped.</source>
            <translation>
                <numerusform>%Ln sent; repeating until stopped.</numerusform>
                <numerusform>%Ln sent; repeating until stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sent, %1 to go.</source>
            <translation>
                <numerusform>%Ln sent, %1 to go.</numerusform>
                <numerusform>%Ln sent, %1 to go.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat finished: %Ln sent.</source>
            <translation>
                <numerusform>Repeat finished: %Ln sent.</numerusform>
                <numerusform>Repeat finished: %Ln sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send: the message is empty. Type something, or choose a line ending to send just that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[hex] %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checksum appended to every message, after the line ending; it covers the message and its line ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checksum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bytes sent after the message and its line ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No checksum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appends the %1 of the message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appends %1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendInputConverter</name>
        <message>
            <source>“%1” cannot be written in %2. Choose UTF-8, or remove the character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byte %1 (%2) is not valid %3 text, so the message stays in hex. Choose another encoding, or send it as hex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byte %1 (%2) is a control character the text editor cannot keep, so the message stays in hex. Send it as hex.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharedFolder</name>
        <message>
            <source>The name is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name contains a control character (such as NUL).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name contains a backslash; use “/” between folders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absolute paths are not allowed; names are relative to the shared folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Percent escapes such as “%2e” are not allowed in names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“.” and “..” are not allowed: only files inside the shared folder are served.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name leads outside the shared folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read (permission denied).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlftDownloadJob</name>
        <message>
            <source>The folder %1 does not exist or cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 does not speak SLFT/1 (no status line).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 does not speak SLFT/1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the download (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer “%1” does not fit the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not end the transfer with “SLFT/1 END &lt;sha256&gt;”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checksum mismatch: the server's SHA-256 is %1 but the received file has %2. The partial file was deleted; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1 (SHA-256 verified).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 closed the connection without an answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete: the connection was cut after %1 of %2. %3 is kept: start the download again to resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server stopped the download (%1): %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlftProtocol</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request is not understood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That name is not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request did not arrive in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same file is being transferred by another connection right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request line is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The resume offset is beyond the end of the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SHA-256 checksum does not match: the file was changed or damaged on the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not read or write the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is stopping or has too many connections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This protocol version is not supported; the server speaks SLFT/1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request must start with “SLFT/1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is not valid UTF-8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use “SLFT/1 GET &lt;offset&gt; &lt;path&gt;”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use “SLFT/1 PUT &lt;size&gt; &lt;name&gt;”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown command “%1”; SLFT/1 knows LIST, GET and PUT.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlftSession</name>
        <message numerus="yes">
            <source>Listed “%1” (%n entries).</source>
            <translation>
                <numerusform>Listed “%1” (%n entry).</numerusform>
                <numerusform>Listed “%1” (%n entries).</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused GET “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client did not end the upload with “SLFT/1 END &lt;sha256&gt;”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected “SLFT/1 END &lt;sha256&gt;” after the data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checksum mismatch: the client says %1, the received data has %2; the partial file was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1 (SHA-256 verified).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client closed the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file changed while it was being sent; the client was told to download it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file changed while it was being sent; download it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 taken from the cache (the file is unchanged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The offset %1 is beyond the end of the file (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection ended after %1; %2 is kept so the upload can resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client closed the connection after %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “uploads” only shows what was uploaded; it cannot be written to. Upload with a plain file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request line ended without a line end (LF).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client finished sending without “SLFT/1 END &lt;sha256&gt;”; %1 is kept so the upload can resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The client finished sending after %1; %2 is kept so the upload can resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data ended before the announced size and “SLFT/1 END &lt;sha256&gt;”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlftUploadJob</name>
        <message>
            <source>%1 is not a readable file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 does not speak SLFT/1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the upload (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved on the server as %1 (SHA-256 verified).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer “%1” does not fit the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete: the connection was cut after %1 of %2; start the upload again to resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server stopped the upload (%1): %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SocketErrorText</name>
        <message>
            <source>Port %1 is already in use by %2. Stop that program or choose another port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port %1 is already in use by another program (or a socket still closing). Choose another port or stop that program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port %1 needs administrator rights: ports below 1024 are reserved. Choose a port of 1024 or above, or run as administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system refused access to %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This machine has no address %1, so nothing can be bound to it. Pick one of the listed addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address %1 cannot be used here (is IPv6 turned off?). %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not listen on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No server is listening on %1 (connection refused). Start the server first, or check the port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 closed the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 closed the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The host name “%1” could not be found. Check the spelling, or use an IP address such as 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 did not answer in time. Is the host up, and is a firewall dropping the packets?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 reset the connection (the program there closed it abruptly or crashed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network error on the connection to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The datagram is too large: UDP over IPv4 carries at most 65,507 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system ran out of sockets or memory (too many open connections?): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The proxy failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Socket error with %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StreamSocket</name>
        <message>
            <source>The connection is closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpClient</name>
        <message>
            <source>Disconnected from %1 to connect to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection attempt to %1 was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing the connection to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic reconnection was turned off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: connect to a server before sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: connect to a server before sending “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending “%1” to %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No server to connect to: give a host name or address and a port between 1 and 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking up %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to %1 was lost right after it was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 finished sending (half-close); the connection closes once our last data has gone out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” (%2) has been queued completely for %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to %1 from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconnecting to %1 in %2 s…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpClientCommandLine</name>
        <message>
            <source>Connects to a TCP server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each line typed on standard input is sent as one message, WITHOUT its newline unless --eol says otherwise (the seed servers compare whole recv() chunks, e.g. == 'q'). Every connection change, message and error is printed on one line.

At the end of input the connection stays open until the server closes it; with --wait MS it is closed MS milliseconds after the end of input. Ctrl+C (or SIGTERM) closes it cleanly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added to each sent line: none, lf (\n) or crlf (\r\n).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What one message is: raw (each received chunk), lines (ends with a newline, added when sending) or length (a 4-byte big-endian length prefix).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect again (every 2 s) when the connection fails or ends; only Ctrl+C stops it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the end of input, close the connection MS milliseconds later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 when the connection ended normally, 1 when it could not be made or broke with an error, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is missing: give it as HOST:PORT (for example 127.0.0.1:1246).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: tcp-client takes one HOST:PORT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a line ending: use none, lf or crlf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a waiting time: give a number of milliseconds (0 or more).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpClientPanel</name>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A host name, an IPv4 address such as 127.0.0.1, or an IPv6 address such as ::1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Framing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reconnect automatically every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TCP client: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the server's host name or address first, for example 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received: bytes %1, messages %2
Sent: bytes %3, messages %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this window's server (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the address of the TCP server running in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Client (connect to a server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set this connection's byte and message counters back to zero; the connection and the log stay as they are.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpConnection</name>
        <message>
            <source>The connection to %1 is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another file is still being sent to %1; wait until it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a regular file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is %2, too large for a 4-byte length prefix (at most 4 GiB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file became shorter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Closed the connection to %2 because the message could not be completed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 broke the framing, so the connection was closed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 did not take our remaining data, so the connection was closed without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed the connection to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading “%1” failed after %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of our data was not delivered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sent %2 of a message without its end while all clients together already hold %3 of unfinished messages (the server's limit), so it was disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sent %2 of a message and then nothing for %3 s, so it was disconnected (an unfinished message may wait at most that long).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 finished sending in the middle of a message; its %2 were discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed the connection to %1 after it finished sending.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpServer</name>
        <message>
            <source>No valid address to listen on was given; use an IP address of this machine, “any” or “localhost”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening on port %1 on every address of this machine (IPv4 and IPv6).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server stopped, so the connection to %1 was closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped listening.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client #%1 is no longer connected; nothing was sent to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client is connected; nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No client is connected; “%1” was not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client #%1 is no longer connected; “%2” was not sent to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending “%1” to %2…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Refused %1: the limit of %n client(s) is reached.</source>
            <translation>
                <numerusform>Refused %1: the limit of %n client is reached.</numerusform>
                <numerusform>Refused %1: the limit of %n clients is reached.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 finished sending (half-close); what is still owed to it is sent, then the connection is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” (%2) has been queued completely for %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 did not read the chat messages relayed to it (more than %2 waiting), so it was disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 stopped reading the chat messages relayed to it (%2 waiting), so it was disconnected to keep the chat room going.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpServerCommandLine</name>
        <message>
            <source>A TCP server for many clients at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every connection, message and error is printed on one line; each line typed on standard input is sent to every connected client. It runs until Ctrl+C (or SIGTERM), whatever happens to standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port to listen on (0: the system picks one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer each message: none, echo, upper (like seed 003's server) or text:STR (a fixed text, like seed 002's “已送达”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send STR to each client as soon as it connects.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat room: each message goes to all other clients, tagged with its sender.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What one message is: raw (each received chunk), lines (ends with a newline) or length (a 4-byte big-endian length, then the bytes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MiB of unfinished messages (lines or length framing) all clients together may hold; the client that goes past it is disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milliseconds an unfinished message may wait for its next byte (0: no limit); then its client is disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The largest message with lines or length framing, in MiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients connected at once; more are refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print connections and errors, not the messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: tcp-server takes only options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The port is missing: give it with --port N (for example --port 1246).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a port number: use 0-65535.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpServerPanel</name>
        <message>
            <source>Listen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not listening.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reply:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply &amp;text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Greeting:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to each client on connect (empty: none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Framing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat &amp;room: relay each message to all other clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Disconnect Selected</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>TCP server on %1: %n client(s)</source>
            <translation>
                <numerusform>TCP server on %1: %n client</numerusform>
                <numerusform>TCP server on %1: %n clients</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot start the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening on %1 (the system chose port %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listening on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select one or more clients in the list, or send to all clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not listening: the server could not start. Press Start to try again and see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(“delivered”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server (listen for clients)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset counters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set every client's byte and message counters back to zero; the connections and the log stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick-send message: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick-send message (the list is empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typed text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the quick-send list is empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick-send message “%1” was deleted, so the server no longer replies with it: the reply is now “None”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick-send message “%1” was deleted, so the greeting is the typed text again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the typed greeting, or a message of the quick-send list (in its own format)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpTab</name>
        <message>
            <source>TCP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both can run at once: start a server here, then connect to it as a client.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextCodec</name>
        <message>
            <source>“%1” at position %2 is not a hex byte; use pairs of 0-9 and a-f, e.g. 48 65 6c 6c 6f.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hex text ends with half a byte (“%1”); every byte needs two digits.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextSettings</name>
        <message>
            <source>Text encoding for display and sending: utf-8, gbk or latin-1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show data as hex bytes; typed lines are hex bytes too (“68 69”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown encoding “%1”: use utf-8, gbk or latin-1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Append a checksum to every message sent, after its line ending: none, sum8 (8-bit sum), xor8 (8-bit XOR), crc16-modbus (low byte first, as Modbus RTU sends it), crc16-ccitt (CRC-16/CCITT-FALSE) or crc32; the CRCs other than Modbus are sent high byte first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown checksum “%1”: use none, sum8, xor8, crc16-modbus, crc16-ccitt or crc32.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThroughputChart</name>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytes received and sent per second over the last 60 seconds (now at the right), updated every second.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolTab</name>
        <message>
            <source>This tab has no log to save.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrafficEvent</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>auto-reply, %n byte(s)</source>
            <translation>
                <numerusform>auto-reply, %n byte</numerusform>
                <numerusform>auto-reply, %n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrafficEventFormatter</name>
        <message>
            <source> … (%1 bytes)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrafficModel</name>
        <message>
            <source>Could not save the traffic log to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>state change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 bytes; only the first %2 bytes are kept for display.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the event happened (hours:minutes:seconds.milliseconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The other end of the connection (address:port)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← received, → sent, • state change, ! error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size of the chunk in bytes, as one recv() returned it or one send() wrote it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether a received message ends with a valid checksum: ✓ valid, ✗ wrong, ? cannot be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bytes as text in the chosen encoding, as hex, or both side by side</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(+%Ln byte(s))</source>
            <translation>
                <numerusform>(+%Ln byte)</numerusform>
                <numerusform>(+%Ln bytes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrafficView</name>
        <message>
            <source>Display mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Character encoding used to show received and sent bytes as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show only the events of one peer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peer filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the newest event in view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-scroll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selected rows as text (Ctrl+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove all events from the log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the whole log to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a row to see the whole message and its bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All peers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln event(s) (%1 dropped by the cap)</source>
            <translation>
                <numerusform>%Ln event (%1 dropped by the cap)</numerusform>
                <numerusform>%Ln events (%1 dropped by the cap)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 shown of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(this program)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event: state change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event: error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction: sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction: received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size: %1 bytes (only the first %2 bytes were kept)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Size: %n byte(s)</source>
            <translation>
                <numerusform>Size: %n byte</numerusform>
                <numerusform>Size: %n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the data as text, as hex bytes, or both side by side like a hex editor (offset, hex, text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the display: new events are still received, counted and kept, and shown when you resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the events that arrived while the display was paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show timestamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the Time column. Copied and saved rows always have their time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show sent data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the rows of data this program sent. Hidden sent rows are still counted, kept and saved with the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrap long rows</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Show up to %n lines of each row's data (every row gets that tall)</source>
            <translation>
                <numerusform>Show up to %n lines of each row's data (every row gets that tall)</numerusform>
                <numerusform>Show up to %n lines of each row's data (every row gets that tall)</numerusform>
            </translation>
        </message>
        <message>
            <source>Verify received checksum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not check received data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that each received message ends with its %1, as the send box appends it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Paused: %Ln new event(s) not shown yet, still received, counted and kept.</source>
            <translation>
                <numerusform>Paused: %Ln new event not shown yet, still received, counted and kept.</numerusform>
                <numerusform>Paused: %Ln new events not shown yet, still received, counted and kept.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checksum: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the view shows: the log, the diagram or both; timestamps, sent data, long rows wrapped, auto-scroll, checksum verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as events (JSON Lines)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every event of the log, as `socketlab diagram` and other programs read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export diagram (SVG or PNG)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the events as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the conversation as a diagram: one line per endpoint, an arrow per event, time going down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log and diagram side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not export the diagram</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferJob</name>
        <message>
            <source>The server %1 did not answer within %2 seconds.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferSpeedChart</name>
        <message>
            <source>All transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed of the selected transfer and of all transfers together over the last 60 seconds (now at the right), updated every second. A finished transfer's curve ends at the right edge.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferSpeedGraph</name>
        <message>
            <source>All transfers together. Select a transfer in the table to see its own speed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>All transfers: %1 now, %2 on average over the last %n second(s).</source>
            <translation>
                <numerusform>All transfers: %1 now, %2 on average over the last %n second.</numerusform>
                <numerusform>All transfers: %1 now, %2 on average over the last %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is waiting to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 now, %3 on average since it started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: every byte is here (%2 on average); checking its SHA-256.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 finished: %2 on average.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: %2 on average until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was cancelled: %2 on average until then.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferTableModel</name>
        <message>
            <source>Peer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done / total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download (classic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download (SocketLab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload (classic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload (SocketLab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running (resumed at %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verifying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferText</name>
        <message>
            <source>unknown size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of “%2” started (%3), resuming at %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of “%2” started (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of “%2” done: %3 at %4. %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of “%2” cancelled after %3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of “%2” failed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: verifying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2% — %3 of %4 at %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>classic download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLFT download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>classic upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SLFT upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of “%2” cancelled after %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UdpCommand</name>
        <message>
            <source>Nobody to send to yet: give --to HOST:PORT, or wait for a datagram (lines then go to its sender).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counters: datagrams received %1, bytes received %2, datagrams sent %3, bytes sent %4, errors %5.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UdpCommandLine</name>
        <message>
            <source>Receives and sends UDP datagrams.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each datagram is printed on one line with its sender (ip:port), its text and its size; each line typed on standard input is sent as one datagram to --to, or, without --to, to whoever sent the last datagram. It runs until Ctrl+C (or SIGTERM), whatever happens to standard input, and then prints the counters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port to receive on (0: the system picks one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 when --to is given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send typed lines there (a name such as localhost is looked up).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address to bind: any (IPv4 + IPv6), localhost or an IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer each datagram: none, echo, upper, or text:STR (a fixed text, like seed 003's server answering “ok”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most N auto-replies per sender per second (0: no limit), so that two programs answering each other stop; our own address is never answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join a multicast group (may be repeated); with an IPv4 group, “any” binds IPv4 only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network interface for the multicast joins and sends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the system's choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TTL / hop limit of the multicast datagrams we send (0-255).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not print datagrams, only states, errors and the final counters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be bound, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: udp takes only options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a port number: use 0-65535 (0: the system picks one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what to do: --port N to receive on port N, and/or --to HOST:PORT to send typed lines there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an address to bind: use any, localhost or an IP address such as 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a number of replies for --reply-limit: use 0 or more (0: no limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a multicast group: use 224.0.0.0-239.255.255.255 or an IPv6 ff00::/8 address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a TTL: use 0-255.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UdpPeer</name>
        <message>
            <source>any address (IPv4 + IPv6), port %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bound to %1: waiting for datagrams.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed the socket on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not bound yet: the system chose port %1 to send from, so replies come back here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading a datagram failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is listening on %1 (the system reported port unreachable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be reached (the system reported host unreachable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be reached (the system reported network unreachable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A datagram to %1 was too large for the path to it (the system reported message too long).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending to %1 failed later: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say where to send: a host (such as 127.0.0.1 or localhost) and a port of 1-65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many datagrams are waiting for the name lookup of “%1”; this one was not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody has sent a datagram yet, so there is no last sender to reply to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The datagram for %1 is %L2 bytes, but one UDP datagram over %3 carries at most %L4 bytes. Nothing was sent: split the data into smaller messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The datagram for %1 (%L2 bytes) is too large for this network; nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system's send buffer is full; the datagram for %1 was dropped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not send to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a multicast group address (IPv4: 224.0.0.0 to 239.255.255.255, IPv6: ff00::/8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bind a port first: a multicast group is joined by a bound socket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This machine has no network interface named “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not join the multicast group %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined the multicast group %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined the multicast group %1 on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not leave the multicast group %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left the multicast group %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The datagram for %1 is %L2 bytes, but one UDP datagram carries at most %L3 bytes over IPv4 (%L4 over IPv6). Nothing was sent: split the data into smaller messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answering datagrams from %1: that is this socket's own address, and answering itself would never stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-reply resumed for %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Auto-reply paused for %1: too many replies (at most %n a second).</source>
            <translation>
                <numerusform>Auto-reply paused for %1: too many replies (at most %n a second).</numerusform>
                <numerusform>Auto-reply paused for %1: too many replies (at most %n a second).</numerusform>
            </translation>
        </message>
        <message>
            <source>The IPv4 group %1 cannot be joined from a socket bound to the IPv6 address %2 (IPv6 only): bind to any address (IPv4 + IPv6) or to an IPv4 address, then join again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The IPv6 group %1 cannot be joined from a socket bound to the IPv4 address %2 (IPv4 only): bind to any address (IPv4 + IPv6) or to an IPv6 address, then join again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A datagram sent earlier found nobody listening (the system reported port unreachable without saying where it was going).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UdpTab</name>
        <message>
            <source>UDP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not bound. Sending binds a free port automatically, so replies can come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A host name, an IPv4 or IPv6 address, a broadcast address or a multicast group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Broadcast:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a broadcast address to send to every machine on that network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply to the &amp;last sender instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No datagram received yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reply:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply &amp;text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multicast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Interface:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L&amp;eave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many routers a multicast datagram may cross (hop limit for IPv6); 1 stays on the local network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loop&amp;back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also deliver our own multicast datagrams to this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Senders seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a sender to make it the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sender: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a broadcast address…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Binding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending from %1 (bound automatically); replies to it are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bound to %1: datagrams sent here are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the host to send to first, for example 127.0.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File too large for one datagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has %2 bytes, but one UDP datagram carries at most 65,507 bytes over IPv4. Use the TCP tab or the file-transfer tab for files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a multicast group: use 224.0.0.0–239.255.255.255 (IPv4) or ff00::/8 (IPv6), for example 239.255.0.1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un&amp;bind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;TTL / hop limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (default interface)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UDP on %1: datagrams received %2, sent %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datagrams received: %1
Bytes received: %2
Datagrams sent: %3
Bytes sent: %4
Receive errors: %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined groups (pick one to leave it):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The multicast groups this socket has joined, with their interface.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not bound: the last bind failed. Press Bind to try again and see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset counters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the counters back to zero; the log, the senders seen and the socket stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick-send message: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick-send message (the list is empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick-send message “%1” was deleted, so datagrams are no longer answered with it: the reply is now “None”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UiChoices</name>
        <message>
            <source>Raw: each received chunk is a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines: a message ends with LF or CRLF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length-prefixed: 4-byte big-endian length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Echo: send each message back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upper-case: send it back in capitals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixed text (default 已送达, “delivered”)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UploadStateFolder</name>
        <message>
            <source>The upload folder %1 cannot be opened: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder for unfinished uploads in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not SocketLab's folder for unfinished uploads (a symlink or not a folder); remove it or choose another upload folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder for unfinished uploads %1 belongs to another user or can be written by others; remove it or choose another upload folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write into the folder %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 holds too many unfinished uploads of this name and size that SocketLab did not make; none of them was touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write into the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unfinished upload %1 was replaced or removed by someone else; it was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name is too long for the file system of the upload folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not give %1 its final name in %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not give %1 its final name in %2: every numbered name is taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder for unfinished uploads in %1 (permission denied or disk full).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not give %1 its final name in %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WebCommand</name>
        <message>
            <source>Serving %1 on %2 (and %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped listening.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WebCommandLine</name>
        <message>
            <source>Serves the files of a folder over HTTP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it listens is printed first, then one access-log line per request. It runs until Ctrl+C (or SIGTERM), whatever happens to standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder to serve (“/” is DIR/index.html).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port to listen on (0: any free port).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the files of folders that have no index.html.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not print a line per request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections served at once; more get 503.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A request head must arrive within MS milliseconds, else 408.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An idle keep-alive or stalled connection is closed after MS milliseconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”: web takes only options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder to serve is missing: give it with --root DIR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a file, not a folder: --root needs a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a port number for --port: use 0-65535.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WebServer</name>
        <message>
            <source>The sample site is not built into this program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file “%1” could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” does not exist. Choose the folder to serve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a file, not a folder. Choose the folder to serve.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WebTab</name>
        <message>
            <source>Web server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Static web server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Root folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder served as “/”. A request for “/” gets its index.html.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;mple site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serve the bundled sample site (a page with an image), copied to a folder you can edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory &amp;listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a list of the files in a folder that has no index.html.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear log</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Web server on %1: %n request(s)</source>
            <translation>
                <numerusform>Web server on %1: %n request</numerusform>
                <numerusform>Web server on %1: %n requests</numerusform>
            </translation>
        </message>
        <message>
            <source>The sample site could not be prepared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the folder to serve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving “%1” on %2 (the system chose port %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serving “%1” on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in a browser: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests: %1 · Sent: %2 · Open connections: %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n connection(s) turned away because the server was full.</source>
            <translation>
                <numerusform>%n connection turned away because the server was full.</numerusform>
                <numerusform>%n connections turned away because the server was full.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) left out of the log because it could not keep up.</source>
            <translation>
                <numerusform>%n request left out of the log because it could not keep up.</numerusform>
                <numerusform>%n requests left out of the log because it could not keep up.</numerusform>
            </translation>
        </message>
        <message>
            <source>The filter shows %1 of %2 logged requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path, client, method or status, e.g. 404</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and here the head the server answered: the status line and the header lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a request in the log to see the head the client sent: the request line and the header lines. Double-click a request to open its target in the browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The log keeps the newest %1 requests; older ones were removed from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not running: the last start failed. Press Start to try again and see why.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
