<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <translation>用法：socketlab [命令 [选项]]
不带命令时打开窗口。

命令：
  tcp-server --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--greeting STR] [--relay]
  tcp-client HOST:PORT [--eol none|lf|crlf]
  udp --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--to HOST:PORT] [--join GROUP]
  file-server --root DIR [--inbox DIR] [--download-port N] [--upload-port N] [--port N]
  get HOST:PORT NAME [--out DIR] [--classic]
  put HOST:PORT FILE [--classic]
  web --root DIR [--port N] [--bind ADDR] [--listing]
  --open 命令 [选项]          打开窗口，填好对应标签页并启动

运行 “socketlab 命令 --help” 查看某个命令的选项。</translation>
        </message>
        <message>
            <source>unknown command “%1”.</source>
            <translation>未知命令 “%1”。</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <source>Client</source>
            <translation>客户端</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>连接时间</translation>
        </message>
        <message>
            <source>Bytes in</source>
            <translation>收到字节</translation>
        </message>
        <message>
            <source>Bytes out</source>
            <translation>发送字节</translation>
        </message>
        <message>
            <source>Msgs in</source>
            <translation>收到消息</translation>
        </message>
        <message>
            <source>Msgs out</source>
            <translation>发送消息</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSettings</name>
        <message>
            <source>Text encoding for display and sending: utf-8, gbk or latin-1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show data as hex bytes; typed lines are hex bytes too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not print messages, only connections and errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown encoding “%1”: use utf-8, gbk or latin-1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Endpoint</name>
        <message>
            <source>“%1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; the port is 1-65535).</source>
            <translation>“%1” 不是 主机:端口 的形式（例如 127.0.0.1:1246、localhost:8000 或 [::1]:9000；端口为 1-65535）。</translation>
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
        <name>LanguageManager</name>
        <message>
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>SocketLab</source>
            <translation>SocketLab</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Encoding</source>
            <translation>编码(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Save Log as &amp;Text…</source>
            <translation>日志另存为文本(&amp;T)…</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Save Log as &amp;CSV…</source>
            <translation>日志另存为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Clear Log</source>
            <translation>清空日志(&amp;C)</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>Show as &amp;Text</source>
            <translation>以文本显示(&amp;T)</translation>
        </message>
        <message>
            <source>Show as &amp;Hex</source>
            <translation>以十六进制显示(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About SocketLab</source>
            <translation>关于 SocketLab(&amp;A)</translation>
        </message>
        <message>
            <source>Idle: nothing is listening or connected.</source>
            <translation>空闲：没有在监听，也没有连接。</translation>
        </message>
        <message>
            <source>Received %1 · Sent %2</source>
            <translation>已接收 %1 · 已发送 %2</translation>
        </message>
        <message>
            <source>Cannot open %1</source>
            <translation>无法打开 %1</translation>
        </message>
        <message>
            <source>“%1” cannot be opened in the window; use one of: %2.</source>
            <translation>窗口中无法打开 “%1”；可用的有：%2。</translation>
        </message>
        <message>
            <source>About SocketLab</source>
            <translation>关于 SocketLab</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;A workbench for socket programming: TCP chat, UDP, file transfer and a web server, built on Qt's QTcpServer, QTcpSocket and QUdpSocket.&lt;/p&gt;&lt;p&gt;Made for network-programming lab sessions: every message shows when it arrived, from whom, and where each &lt;code&gt;recv()&lt;/code&gt; chunk ended.&lt;/p&gt;&lt;p&gt;The same engines run without a window: &lt;code&gt;socketlab --help&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;套接字编程实验台：TCP 聊天、UDP、文件传输和 Web 服务器，基于 Qt 的 QTcpServer、QTcpSocket 和 QUdpSocket。&lt;/p&gt;&lt;p&gt;为网络编程实验课而做：每条消息都显示何时到达、来自谁，以及每次 &lt;code&gt;recv()&lt;/code&gt; 收到的数据块在哪里结束。&lt;/p&gt;&lt;p&gt;同样的引擎也可以不开窗口运行：&lt;code&gt;socketlab --help&lt;/code&gt;。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>NetworkAddresses</name>
        <message>
            <source>Any address (IPv4 + IPv6)</source>
            <translation>任意地址（IPv4 + IPv6）</translation>
        </message>
        <message>
            <source>localhost (127.0.0.1)</source>
            <translation>本机 localhost（127.0.0.1）</translation>
        </message>
        <message>
            <source>Limited broadcast (255.255.255.255)</source>
            <translation>受限广播（255.255.255.255）</translation>
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
    </context>
    <context>
        <name>SocketErrorText</name>
        <message>
            <source>Port %1 is already in use by %2. Stop that program or choose another port.</source>
            <translation>端口 %1 已被 %2 占用。请停止该程序或换一个端口。</translation>
        </message>
        <message>
            <source>Port %1 is already in use by another program (or a socket still closing). Choose another port or stop that program.</source>
            <translation>端口 %1 已被其他程序占用（或有套接字正在关闭）。请换一个端口，或停止那个程序。</translation>
        </message>
        <message>
            <source>Port %1 needs administrator rights: ports below 1024 are reserved. Choose a port of 1024 or above, or run as administrator.</source>
            <translation>端口 %1 需要管理员权限：1024 以下的端口是保留端口。请选择 1024 及以上的端口，或以管理员身份运行。</translation>
        </message>
        <message>
            <source>The system refused access to %1. %2</source>
            <translation>系统拒绝访问 %1。%2</translation>
        </message>
        <message>
            <source>This machine has no address %1, so nothing can be bound to it. Pick one of the listed addresses.</source>
            <translation>本机没有地址 %1，无法绑定。请从列出的地址中选择一个。</translation>
        </message>
        <message>
            <source>The address %1 cannot be used here (is IPv6 turned off?). %2</source>
            <translation>此处无法使用地址 %1（IPv6 是否被关闭？）。%2</translation>
        </message>
        <message>
            <source>Could not listen on %1: %2</source>
            <translation>无法在 %1 上监听：%2</translation>
        </message>
        <message>
            <source>No server is listening on %1 (connection refused). Start the server first, or check the port.</source>
            <translation>%1 上没有服务器在监听（连接被拒绝）。请先启动服务器，或检查端口。</translation>
        </message>
        <message>
            <source>The server %1 closed the connection.</source>
            <translation>服务器 %1 关闭了连接。</translation>
        </message>
        <message>
            <source>%1 closed the connection.</source>
            <translation>%1 关闭了连接。</translation>
        </message>
        <message>
            <source>The host name “%1” could not be found. Check the spelling, or use an IP address such as 127.0.0.1.</source>
            <translation>找不到主机名 “%1”。请检查拼写，或使用 IP 地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>%1 did not answer in time. Is the host up, and is a firewall dropping the packets?</source>
            <translation>%1 没有及时应答。主机是否在线？是否有防火墙丢弃了数据包？</translation>
        </message>
        <message>
            <source>%1 reset the connection (the program there closed it abruptly or crashed).</source>
            <translation>%1 重置了连接（对方程序突然关闭了连接或已崩溃）。</translation>
        </message>
        <message>
            <source>A network error on the connection to %1: %2</source>
            <translation>与 %1 的连接发生网络错误：%2</translation>
        </message>
        <message>
            <source>The datagram is too large: UDP over IPv4 carries at most 65,507 bytes.</source>
            <translation>数据报太大：基于 IPv4 的 UDP 最多携带 65,507 字节。</translation>
        </message>
        <message>
            <source>The system ran out of sockets or memory (too many open connections?): %1</source>
            <translation>系统的套接字或内存不足（打开的连接太多？）：%1</translation>
        </message>
        <message>
            <source>The proxy failed: %1</source>
            <translation>代理出错：%1</translation>
        </message>
        <message>
            <source>Socket error with %1: %2</source>
            <translation>与 %1 通信时套接字出错：%2</translation>
        </message>
    </context>
    <context>
        <name>TcpClientCommand</name>
        <message>
            <source>The server to connect to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line ending added to each sent line: none, lf or crlf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What one message is: raw, lines or length.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect again when the connection fails or ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the end of input, close the connection this many milliseconds later.</source>
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
        <message>
            <source>“%1” is not a framing mode: use raw, lines or length.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: socketlab tcp-client HOST:PORT [--eol none|lf|crlf] [--framing raw|lines|length] [--reconnect]
                            [--wait MS] [--encoding NAME] [--hex]
Connects to a TCP server. Each line typed on standard input is sent as one message, WITHOUT its
newline unless --eol says otherwise (the seed servers compare whole recv() chunks, e.g. == 'q').
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpClientPanel</name>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>A host name, an IPv4 address such as 127.0.0.1, or an IPv6 address such as ::1.</source>
            <translation>主机名、IPv4 地址（如 127.0.0.1）或 IPv6 地址（如 ::1）。</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Framing:</source>
            <translation>分帧(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Reconnect automatically every</source>
            <translation>自动重连(&amp;R)，间隔</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> 毫秒</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>未连接。</translation>
        </message>
        <message>
            <source>This connection</source>
            <translation>本次连接</translation>
        </message>
        <message>
            <source>TCP client: %1</source>
            <translation>TCP 客户端：%1</translation>
        </message>
        <message>
            <source>Type the server's host name or address first, for example 127.0.0.1.</source>
            <translation>请先输入服务器的主机名或地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>Received %1 bytes in %2 message(s); sent %3 bytes in %4 message(s).</source>
            <translation>已收到 %2 条消息，共 %1 字节；已发送 %4 条消息，共 %3 字节。</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>断开(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>TcpServerCommand</name>
        <message>
            <source>Port to listen on (0: the system picks one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address to listen on: any, localhost or an IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer each message: none, echo, upper or text:STR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text sent to each client when it connects.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat room: each message goes to all other clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What one message is: raw, lines or length.</source>
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
        <message>
            <source>Usage: socketlab tcp-server --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--greeting STR]
                            [--relay] [--framing raw|lines|length] [--quiet] [--encoding NAME] [--hex]
A TCP server for many clients at once. Every connection, message and error is printed on one line;
each line typed on standard input is sent to every connected client. It runs until Ctrl+C (or
SIGTERM), whatever happens to standard input.

  --port N             port to listen on (0: the system picks one)
  --bind ADDR          address to listen on: any (default), localhost or an IP address
  --reply MODE         answer each message: none (default), echo, upper (like seed 003's server)
                       or text:STR (a fixed text, like seed 002's “已送达”)
  --greeting STR       send STR to each client as soon as it connects
  --relay              chat room: each message goes to all other clients, tagged with its sender
  --framing MODE       what one message is: raw (each received chunk; default), lines (ends with
                       a newline), length (4-byte big-endian length, then the bytes)
  --quiet              print connections and errors, not the messages
  --encoding NAME      text encoding for display and sending: utf-8 (default), gbk, latin-1
  --hex                show data as hex bytes; typed lines are hex bytes (“68 69”)

Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad arguments.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TcpServerPanel</name>
        <message>
            <source>Listen</source>
            <translation>监听</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>The local address to listen on. “Any address” accepts clients from other machines; localhost only from this one.</source>
            <translation>要监听的本机地址。“任意地址” 接受其他机器的客户端；localhost 只接受本机。</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>0 lets the system pick a free port; the chosen port is shown once listening.</source>
            <translation>0 表示由系统挑选空闲端口；开始监听后会显示所选端口。</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>启动(&amp;S)</translation>
        </message>
        <message>
            <source>Not listening.</source>
            <translation>未在监听。</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>行为</translation>
        </message>
        <message>
            <source>&amp;Reply:</source>
            <translation>回复(&amp;R)：</translation>
        </message>
        <message>
            <source>Reply &amp;text:</source>
            <translation>回复文本(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Greeting:</source>
            <translation>欢迎语(&amp;G)：</translation>
        </message>
        <message>
            <source>Sent to each client on connect (empty: none)</source>
            <translation>客户端连上时发送给它（留空：不发送）</translation>
        </message>
        <message>
            <source>&amp;Framing:</source>
            <translation>分帧(&amp;F)：</translation>
        </message>
        <message>
            <source>Chat &amp;room: relay each message to all other clients</source>
            <translation>聊天室(&amp;R)：把每条消息转发给其他所有客户端</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>客户端</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>发送给(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Disconnect Selected</source>
            <translation>断开所选(&amp;D)</translation>
        </message>
        <message numerus="yes">
            <source>TCP server on %1: %n client(s)</source>
            <translation>
                <numerusform>TCP 服务器 %1：%n 个客户端</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” is not an IP address. Pick one of the listed addresses or type one such as 127.0.0.1.</source>
            <translation>“%1” 不是 IP 地址。请从列表中选择，或输入一个地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>Cannot start the server</source>
            <translation>无法启动服务器</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <source>any address, port %1</source>
            <translation>任意地址，端口 %1</translation>
        </message>
        <message>
            <source>Listening on %1 (the system chose port %2).</source>
            <translation>正在监听 %1（系统选择了端口 %2）。</translation>
        </message>
        <message>
            <source>Listening on %1.</source>
            <translation>正在监听 %1。</translation>
        </message>
        <message>
            <source>Nobody selected</source>
            <translation>未选择客户端</translation>
        </message>
        <message>
            <source>Select one or more clients in the list, or send to all clients.</source>
            <translation>请在列表中选择一个或多个客户端，或发送给所有客户端。</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Clients (%1)</source>
            <translation>客户端（%1）</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>所有客户端</translation>
        </message>
        <message>
            <source>Selected clients</source>
            <translation>所选客户端</translation>
        </message>
    </context>
    <context>
        <name>TcpTab</name>
        <message>
            <source>TCP</source>
            <translation>TCP</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>&amp;Server (listen for clients)</source>
            <translation>服务器(&amp;S)（等待客户端连接）</translation>
        </message>
        <message>
            <source>&amp;Client (connect to a server)</source>
            <translation>客户端(&amp;C)（连接到服务器）</translation>
        </message>
        <message>
            <source>Both can run at once: start a server here, then connect to it as a client.</source>
            <translation>两者可以同时运行：在这里启动服务器，再以客户端身份连上它。</translation>
        </message>
    </context>
    <context>
        <name>TextCodec</name>
        <message>
            <source>“%1” at position %2 is not a hex byte; use pairs of 0-9 and a-f, e.g. 48 65 6c 6c 6f.</source>
            <translation>第 %2 个字符处的 “%1” 不是十六进制字节；请使用成对的 0-9 和 a-f，例如 48 65 6c 6c 6f。</translation>
        </message>
        <message>
            <source>The hex text ends with half a byte (“%1”); every byte needs two digits.</source>
            <translation>十六进制文本以半个字节结尾（“%1”）；每个字节需要两位数字。</translation>
        </message>
    </context>
    <context>
        <name>UiChoices</name>
        <message>
            <source>Raw: each received chunk is a message</source>
            <translation>原始：每次收到的数据块就是一条消息</translation>
        </message>
        <message>
            <source>Lines: a message ends with LF or CRLF</source>
            <translation>按行：消息以 LF 或 CRLF 结尾</translation>
        </message>
        <message>
            <source>Length-prefixed: 4-byte big-endian length</source>
            <translation>长度前缀：4 字节大端长度</translation>
        </message>
        <message>
            <source>None</source>
            <translation>不回复</translation>
        </message>
        <message>
            <source>Echo: send each message back</source>
            <translation>回显：原样发回每条消息</translation>
        </message>
        <message>
            <source>Upper-case: send it back in capitals</source>
            <translation>大写：转成大写后发回</translation>
        </message>
        <message>
            <source>Fixed text</source>
            <translation>固定文本</translation>
        </message>
    </context>
</TS>
