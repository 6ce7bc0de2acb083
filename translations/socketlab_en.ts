<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: socketlab [COMMAND [OPTIONS]]
Without a command the window opens.

Commands:
  tcp-server --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--greeting STR] [--relay]
  tcp-client HOST:PORT [--eol none|lf|crlf]
  udp --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--to HOST:PORT] [--join GROUP]
  file-server --root DIR [--inbox DIR] [--download-port N] [--upload-port N] [--port N]
  get HOST:PORT NAME [--out DIR] [--classic]
  put HOST:PORT FILE [--classic]
  web --root DIR [--port N] [--bind ADDR] [--listing]
  --open COMMAND [OPTIONS]   the window, with that tab filled in and started

Run “socketlab COMMAND --help” for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>Text encoding for display and sending: utf-8, gbk or latin-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show data as hex bytes; typed lines are hex bytes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print messages, only connections and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8, gbk or latin-1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>“%1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; the port is 1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Framer</name>
    <message>
        <source>A line is longer than the limit of %1 without a line end (LF); is the peer using another framing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer announced a message of %1 bytes, more than the limit of %2; is it using another framing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log as &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle: nothing is listening or connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 · Sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened in the window; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;A workbench for socket programming: TCP chat, UDP, file transfer and a web server, built on Qt&apos;s QTcpServer, QTcpSocket and QUdpSocket.&lt;/p&gt;&lt;p&gt;Made for network-programming lab sessions: every message shows when it arrived, from whom, and where each &lt;code&gt;recv()&lt;/code&gt; chunk ended.&lt;/p&gt;&lt;p&gt;The same engines run without a window: &lt;code&gt;socketlab --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkAddresses</name>
    <message>
        <source>Any address (IPv4 + IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited broadcast (255.255.255.255)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>Another transfer is writing %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give %1 its final name in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <source>The name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character (such as NUL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a backslash; use “/” between folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute paths are not allowed; names are relative to the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent escapes such as “%2e” are not allowed in names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“.” and “..” are not allowed: only files inside the shared folder are served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name leads outside the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketErrorText</name>
    <message>
        <source>Port %1 is already in use by %2. Stop that program or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program (or a socket still closing). Choose another port or stop that program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights: ports below 1024 are reserved. Choose a port of 1024 or above, or run as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused access to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no address %1, so nothing can be bound to it. Pick one of the listed addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 cannot be used here (is IPv6 turned off?). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is listening on %1 (connection refused). Start the server first, or check the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check the spelling, or use an IP address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Is the host up, and is a firewall dropping the packets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reset the connection (the program there closed it abruptly or crashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error on the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram is too large: UDP over IPv4 carries at most 65,507 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system ran out of sockets or memory (too many open connections?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientCommand</name>
    <message>
        <source>The server to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending added to each sent line: none, lf or crlf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one message is: raw, lines or length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again when the connection fails or ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the end of input, close the connection this many milliseconds later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is missing: give it as HOST:PORT (for example 127.0.0.1:1246).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”: tcp-client takes one HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a line ending: use none, lf or crlf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a waiting time: give a number of milliseconds (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a framing mode: use raw, lines or length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socketlab tcp-client HOST:PORT [--eol none|lf|crlf] [--framing raw|lines|length] [--reconnect]
                            [--wait MS] [--encoding NAME] [--hex]
Connects to a TCP server. Each line typed on standard input is sent as one message, WITHOUT its
newline unless --eol says otherwise (the seed servers compare whole recv() chunks, e.g. == &apos;q&apos;).
Every connection change, message and error is printed on one line.
At the end of input the connection stays open until the server closes it; with --wait MS it is
closed MS milliseconds after the end of input. Ctrl+C (or SIGTERM) closes it cleanly.

  --eol MODE           added to each sent line: none (default), lf (\n) or crlf (\r\n)
  --framing MODE       what one message is: raw (each received chunk; default), lines (ends with
                       a newline, added when sending), length (4-byte big-endian length prefix)
  --reconnect          connect again (every 2 s) when the connection fails or ends; only Ctrl+C stops it
  --wait MS            after the end of input, close the connection MS milliseconds later
  --encoding NAME      text encoding for display and sending: utf-8 (default), gbk, latin-1
  --hex                show data as hex bytes; typed lines are hex bytes (“68 69”)

Exit status: 0 when the connection ended normally, 1 when it could not be made or broke
with an error, 2 on bad arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientPanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name, an IPv4 address such as 127.0.0.1, or an IPv6 address such as ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect automatically every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s host name or address first, for example 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 bytes in %2 message(s); sent %3 bytes in %4 message(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServerCommand</name>
    <message>
        <source>Port to listen on (0: the system picks one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on: any, localhost or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each message: none, echo, upper or text:STR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text sent to each client when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat room: each message goes to all other clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one message is: raw, lines or length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”: tcp-server takes only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is missing: give it with --port N (for example --port 1246).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number: use 0-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reply mode: use none, echo, upper or text:STR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a framing mode: use raw, lines or length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socketlab tcp-server --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--greeting STR]
                            [--relay] [--framing raw|lines|length] [--quiet] [--encoding NAME] [--hex]
A TCP server for many clients at once. Every connection, message and error is printed on one line;
each line typed on standard input is sent to every connected client. It runs until Ctrl+C (or
SIGTERM), whatever happens to standard input.

  --port N             port to listen on (0: the system picks one)
  --bind ADDR          address to listen on: any (default), localhost or an IP address
  --reply MODE         answer each message: none (default), echo, upper (like seed 003&apos;s server)
                       or text:STR (a fixed text, like seed 002&apos;s “已送达”)
  --greeting STR       send STR to each client as soon as it connects
  --relay              chat room: each message goes to all other clients, tagged with its sender
  --framing MODE       what one message is: raw (each received chunk; default), lines (ends with
                       a newline), length (4-byte big-endian length, then the bytes)
  --quiet              print connections and errors, not the messages
  --encoding NAME      text encoding for display and sending: utf-8 (default), gbk, latin-1
  --hex                show data as hex bytes; typed lines are hex bytes (“68 69”)

Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServerPanel</name>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address to listen on. “Any address” accepts clients from other machines; localhost only from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 lets the system pick a free port; the chosen port is shown once listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to each client on connect (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat &amp;room: relay each message to all other clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TCP server on %1: %n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Pick one of the listed addresses or type one such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (the system chose port %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more clients in the list, or send to all clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpTab</name>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server (listen for clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client (connect to a server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both can run at once: start a server here, then connect to it as a client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>“%1” at position %2 is not a hex byte; use pairs of 0-9 and a-f, e.g. 48 65 6c 6c 6f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex text ends with half a byte (“%1”); every byte needs two digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiChoices</name>
    <message>
        <source>Raw: each received chunk is a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: a message ends with LF or CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length-prefixed: 4-byte big-endian length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo: send each message back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-case: send it back in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
