<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccessLogFormatter</name>
        <message>
            <source>(client left before the end)</source>
            <translation>（客户端提前离开）</translation>
        </message>
    </context>
    <context>
        <name>AutoSendBar</name>
        <message>
            <source>Nothing</source>
            <translation>不发送</translation>
        </message>
        <message>
            <source>(the quick-send list is empty)</source>
            <translation>（快捷发送列表为空）</translation>
        </message>
        <message>
            <source>The quick-send message “%1” was deleted: nothing is sent after receiving now.</source>
            <translation>快捷发送消息“%1”已被删除：现在收到后不再自动发送。</translation>
        </message>
        <message>
            <source>The quick-send message “%1” was deleted: nothing is sent on connect now.</source>
            <translation>快捷发送消息“%1”已被删除：现在连接后不再自动发送。</translation>
        </message>
        <message>
            <source>“%1” was not sent: %2</source>
            <translation>“%1”没有发送：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n sent after receiving, %1 skipped (too soon after the last).</source>
            <translation>
                <numerusform>收到后已发送 %n 条，跳过 %1 条（距上一次太近）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sent after receiving.</source>
            <translation>
                <numerusform>收到后已发送 %n 条。</numerusform>
            </translation>
        </message>
        <message>
            <source>Send on c&amp;onnect:</source>
            <translation>连接后发送(&amp;O)：</translation>
        </message>
        <message>
            <source>A quick-send message sent right after each connect</source>
            <translation>每次连接成功后立即发送的一条快捷发送消息</translation>
        </message>
        <message>
            <source>after each rec&amp;eive:</source>
            <translation>每次收到后(&amp;E)：</translation>
        </message>
        <message>
            <source>A quick-send message sent after each message received, for simple request/response devices: at most one per received message</source>
            <translation>每收到一条消息后发送的一条快捷发送消息，适用于简单的请求/应答设备：每条收到的消息最多对应一次发送</translation>
        </message>
        <message>
            <source>gap ≥ </source>
            <translation>间隔 ≥ </translation>
        </message>
        <message>
            <source> ms</source>
            <translation> 毫秒</translation>
        </message>
        <message>
            <source>The least time between two sends after receiving. A message received sooner waits for it; messages received while one waits get no send of their own, so an echo server cannot turn it into an endless exchange at full speed.</source>
            <translation>收到后两次发送之间的最短时间。更早收到的消息会等到间隔结束再回复；等待期间收到的消息不再单独回复，这样回显服务器就不会把它变成全速的无限往返。</translation>
        </message>
    </context>
    <context>
        <name>ByteCountText</name>
        <message numerus="yes">
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln 字节</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln byte(s)</source>
            <translation>
                <numerusform>%1 字节（共 %Ln 字节）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 bytes</source>
            <translation>%1 字节（共 %2 字节）</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>Lab</source>
            <translation>实验</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Lecture script</source>
            <translation>课堂脚本</translation>
        </message>
        <message>
            <source>server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>client</source>
            <translation>客户端</translation>
        </message>
        <message>
            <source>Checking every server of the class (%1 in all), %2 at a time…</source>
            <translation>正在检查全班的服务器（共 %1 个），每次同时检查 %2 个……</translation>
        </message>
        <message>
            <source>Listening on port %1; run your client now (check %2 of %3: %4).</source>
            <translation>正在端口 %1 上监听；现在运行你的客户端（第 %2 项检查，共 %3 项：%4）。</translation>
        </message>
        <message>
            <source>✓ Check %1 of %2 passed: %3.</source>
            <translation>✓ 第 %1 项检查（共 %2 项）通过：%3。</translation>
        </message>
        <message>
            <source>✓ Lesson %1 of %2 passed: %3.</source>
            <translation>✓ 第 %1 项知识点（共 %2 项）通过：%3。</translation>
        </message>
        <message>
            <source>✗ Check %1 of %2 failed: %3. %4</source>
            <translation>✗ 第 %1 项检查（共 %2 项）失败：%3。%4</translation>
        </message>
        <message>
            <source>✗ Lesson %1 of %2 not passed (it does not fail the lab): %3. %4</source>
            <translation>✗ 第 %1 项知识点（共 %2 项）未通过（不会让实验失败）：%3。%4</translation>
        </message>
        <message>
            <source>– Check %1 of %2 did not run: %3. %4</source>
            <translation>– 第 %1 项检查（共 %2 项）没有运行：%3。%4</translation>
        </message>
        <message>
            <source>✓ %1/%2 %3 at %4 passed: %5 of %6 required checks.</source>
            <translation>✓ %1/%2 %3（%4）通过：%6 项必需检查通过了 %5 项。</translation>
        </message>
        <message>
            <source>✗ %1/%2 %3 at %4 failed: %5 of %6 required checks passed.</source>
            <translation>✗ %1/%2 %3（%4）失败：%6 项必需检查只通过了 %5 项。</translation>
        </message>
        <message>
            <source>Stopped: the report shows the checks that ran.</source>
            <translation>已停止：报告中列出已运行的检查。</translation>
        </message>
        <message>
            <source>%1 of %2 passed every required check.</source>
            <translation>%2 个目标中有 %1 个通过了所有必需检查。</translation>
        </message>
        <message>
            <source>The JUnit report could not be written to “%1”: %2</source>
            <translation>无法把 JUnit 报告写入“%1”：%2</translation>
        </message>
        <message>
            <source>The CSV table could not be written to “%1”: %2</source>
            <translation>无法把 CSV 表格写入“%1”：%2</translation>
        </message>
    </context>
    <context>
        <name>CheckCommandLine</name>
        <message>
            <source>Checks a student's server or client against a lab and explains what it got wrong.</source>
            <translation>按实验检查学生的服务器或客户端，并解释哪里出了错。</translation>
        </message>
        <message>
            <source>A server lab (such as tcp-upper) connects to the student's server at HOST:PORT; a client lab (such as upload-client) listens with --serve and waits for the student's client, once per check. Each check is printed as it finishes, then the report: one line per check and, for each failure, the step, what was expected, what arrived (as text and hex, line endings visible) and the likely cause.

--targets FILE runs a server lab over a whole class: one NAME HOST:PORT per line, blank lines and # comments ignored; --csv writes the students × checks table.

--list shows the built-in labs; --lab-file FILE.json runs a lab written as a file (docs/labs.md) instead of a built-in one, in which case LAB is not given.</source>
            <translation>服务器实验（例如 tcp-upper）连接 HOST:PORT 上学生的服务器；客户端实验（例如 upload-client）用 --serve 监听，每项检查等待学生的客户端连接一次。每项检查完成时打印一行，最后打印报告：每项检查一行；对每个失败，给出出错的步骤、期望的内容、实际收到的内容（文本和十六进制，换行符可见）以及可能的原因。

--targets FILE 对全班运行一个服务器实验：每行一个“名字 主机:端口”，空行和 # 注释会被忽略；--csv 写出“学生 × 检查”表格。

--list 列出内置实验；--lab-file FILE.json 运行写在文件中的实验（见 docs/labs.md）而不是内置实验，此时不再给出 LAB。</translation>
        </message>
        <message>
            <source>List the built-in labs: id, role, title and the lecture script each one matches.</source>
            <translation>列出内置实验：id、角色、标题以及对应的课堂脚本。</translation>
        </message>
        <message>
            <source>Run the lab in this lab file instead of a built-in lab.</source>
            <translation>运行这个实验文件中的实验，而不是内置实验。</translation>
        </message>
        <message>
            <source>Client labs: listen and wait for the student's client (instead of HOST:PORT).</source>
            <translation>客户端实验：监听并等待学生的客户端（代替 HOST:PORT）。</translation>
        </message>
        <message>
            <source>With --serve: the port to listen on.</source>
            <translation>与 --serve 一起：监听的端口。</translation>
        </message>
        <message>
            <source>the lab's port</source>
            <translation>实验的端口</translation>
        </message>
        <message>
            <source>With --serve: the address to listen on: any, localhost or an IP address.</source>
            <translation>与 --serve 一起：监听的地址：any、localhost 或 IP 地址。</translation>
        </message>
        <message>
            <source>With --serve: how many seconds each check waits for the client to connect.</source>
            <translation>与 --serve 一起：每项检查等待客户端连接的秒数。</translation>
        </message>
        <message>
            <source>Check every server listed in FILE (NAME HOST:PORT per line) instead of HOST:PORT.</source>
            <translation>检查 FILE 中列出的每个服务器（每行一个“名字 主机:端口”），代替 HOST:PORT。</translation>
        </message>
        <message>
            <source>With --targets: write the students × checks table to FILE as CSV.</source>
            <translation>与 --targets 一起：把“学生 × 检查”表格以 CSV 格式写入 FILE。</translation>
        </message>
        <message>
            <source>With --targets: how many servers are checked at the same time.</source>
            <translation>与 --targets 一起：同时检查多少个服务器。</translation>
        </message>
        <message>
            <source>Print the report as JSON on standard output instead of text.</source>
            <translation>在标准输出上以 JSON 而不是文本打印报告。</translation>
        </message>
        <message>
            <source>Also write the report to FILE as JUnit XML, for autograders and CI.</source>
            <translation>同时把报告以 JUnit XML 格式写入 FILE，供自动评分和 CI 使用。</translation>
        </message>
        <message>
            <source>How long a step waits for an answer, in milliseconds.</source>
            <translation>每一步等待回答的时间，单位为毫秒。</translation>
        </message>
        <message>
            <source>the lab's, usually 3000</source>
            <translation>实验自己的设置，通常为 3000</translation>
        </message>
        <message>
            <source>Give a lab parameter a value (such as the file name a download lab asks for).</source>
            <translation>为实验参数指定一个值（例如下载实验要请求的文件名）。</translation>
        </message>
        <message>
            <source>Exit status: 0 when every required check passed, 1 when one failed or the target could not be reached, 2 on bad arguments or an invalid lab file.</source>
            <translation>退出状态：所有必需检查都通过时为 0，有检查失败或无法连接目标时为 1，参数错误或实验文件无效时为 2。</translation>
        </message>
        <message>
            <source>The targets file “%1” cannot be read: %2</source>
            <translation>无法读取目标文件“%1”：%2</translation>
        </message>
        <message>
            <source>The targets file “%1” is larger than 1 MiB.</source>
            <translation>目标文件“%1”大于 1 MiB。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file, then what is wrong in it</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>“%1” is not NAME=VALUE: --set needs a parameter name, “=” and its value.</source>
            <translation>“%1”不是 NAME=VALUE 的形式：--set 需要参数名、“=”和它的值。</translation>
        </message>
        <message>
            <source>The lab “%1” has no parameters, so --set %2 cannot be used.</source>
            <translation>实验“%1”没有参数，因此不能使用 --set %2。</translation>
        </message>
        <message>
            <source>The lab “%1” has no parameter “%2”; its parameters are: %3.</source>
            <translation>实验“%1”没有参数“%2”；它的参数是：%3。</translation>
        </message>
        <message>
            <source>--list cannot be combined with --%1: it only lists the labs.</source>
            <translation>--list 不能与 --%1 一起使用：它只列出实验。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: --list only lists the labs.</source>
            <translation>多余的参数“%1”：--list 只列出实验。</translation>
        </message>
        <message>
            <source>The lab is missing: give its id (socketlab check --list shows them) or --lab-file FILE.</source>
            <translation>缺少实验：请给出实验的 id（socketlab check --list 会列出它们）或 --lab-file FILE。</translation>
        </message>
        <message>
            <source>There is no built-in lab “%1”: socketlab check --list shows them.</source>
            <translation>没有名为“%1”的内置实验：socketlab check --list 会列出所有内置实验。</translation>
        </message>
        <message>
            <source>--serve and --targets cannot be combined: --serve waits for one client, --targets checks a class of servers.</source>
            <translation>--serve 和 --targets 不能同时使用：--serve 等待一个客户端，--targets 检查全班的服务器。</translation>
        </message>
        <message>
            <source>“%1” checks a client: SocketLab listens with --serve (and --port N) and the student's client connects to it.</source>
            <translation>“%1”检查的是客户端：SocketLab 用 --serve（以及 --port N）监听，由学生的客户端来连接它。</translation>
        </message>
        <message>
            <source>“%1” checks a server: give the student's server as HOST:PORT (or a class with --targets FILE); --serve is for client labs.</source>
            <translation>“%1”检查的是服务器：请以 HOST:PORT 给出学生的服务器（或用 --targets FILE 给出全班）；--serve 用于客户端实验。</translation>
        </message>
        <message>
            <source>The server to check is missing: give it as HOST:PORT (for example 127.0.0.1:%1).</source>
            <translation>缺少要检查的服务器：请以 HOST:PORT 的形式给出（例如 127.0.0.1:%1）。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: check takes one lab and one HOST:PORT.</source>
            <translation>多余的参数“%1”：check 只接受一个实验和一个 HOST:PORT。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: with --serve the client connects to SocketLab, so no HOST:PORT is given.</source>
            <translation>多余的参数“%1”：使用 --serve 时由客户端连接 SocketLab，因此不需要 HOST:PORT。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: with --targets the servers are read from the targets file.</source>
            <translation>多余的参数“%1”：使用 --targets 时服务器从目标文件中读取。</translation>
        </message>
        <message>
            <source>--%1 is only for client labs with --serve.</source>
            <translation>--%1 只用于带 --serve 的客户端实验。</translation>
        </message>
        <message>
            <source>--%1 is only for a class run with --targets FILE.</source>
            <translation>--%1 只用于带 --targets FILE 的全班检查。</translation>
        </message>
        <message>
            <source>“%1” is not a port number for --port: use 0-65535 (0: the lab's port).</source>
            <translation>“%1”不是 --port 的有效端口号：请使用 0-65535（0：实验的端口）。</translation>
        </message>
    </context>
    <context>
        <name>Checksum</name>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>8-bit sum</source>
            <translation>8 位累加和</translation>
        </message>
        <message>
            <source>8-bit XOR</source>
            <translation>8 位异或</translation>
        </message>
        <message>
            <source>%1 ok</source>
            <translation>%1 校验通过</translation>
        </message>
        <message>
            <source>%1: expected %2, got %3</source>
            <translation>%1：应为 %2，实际为 %3</translation>
        </message>
    </context>
    <context>
        <name>ClassRun</name>
        <message>
            <source>The class run was stopped before this target's turn.</source>
            <translation>全班检查在轮到这个目标之前就被停止了。</translation>
        </message>
    </context>
    <context>
        <name>ClassTableModel</name>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2：%3</translation>
        </message>
        <message>
            <source>✓ Passed</source>
            <translation>✓ 通过</translation>
        </message>
        <message numerus="yes">
            <source>✗ %n required check(s) not passed</source>
            <translation>
                <numerusform>✗ %n 项必做检查未通过</numerusform>
            </translation>
        </message>
        <message>
            <source>Check %1: %2 (%3)</source>
            <translation>检查 %1：%2（%3）</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n student(s) checked: %2 passed every required check.</source>
            <translation>
                <numerusform>已检查 %n 名学生中的 %1 名：%2 名通过了全部必做检查。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassTarget</name>
        <message>
            <source>line %1: “%2” is not NAME HOST:PORT (a name without spaces, then the address, for example: wang-wei 192.168.1.23:9000).</source>
            <translation>第 %1 行：“%2”不是“名字 主机:端口”的形式（先写一个不含空格的名字，再写地址，例如：wang-wei 192.168.1.23:9000）。</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>line %1: the name “%2” is already used on line %3; every target needs its own name.</source>
            <translation>第 %1 行：名字“%2”已在第 %3 行用过；每个目标都需要自己的名字。</translation>
        </message>
        <message>
            <source>The targets file lists nobody: write one NAME HOST:PORT per line.</source>
            <translation>目标文件里没有任何目标：请每行写一个“名字 主机:端口”。</translation>
        </message>
    </context>
    <context>
        <name>ClassicDownloadJob</name>
        <message>
            <source>The folder %1 does not exist or cannot be written.</source>
            <translation>文件夹 %1 不存在或无法写入。</translation>
        </message>
        <message>
            <source>The server's answer is not “0&lt;SEPARATOR&gt;&lt;size&gt;” or “-1&lt;SEPARATOR&gt;&lt;message&gt;”.</source>
            <translation>服务器的应答既不是“0&lt;SEPARATOR&gt;&lt;size&gt;”，也不是“-1&lt;SEPARATOR&gt;&lt;message&gt;”。</translation>
        </message>
        <message>
            <source>The server sent more than the announced %1.</source>
            <translation>服务器发送的数据超过了声明的 %1。</translation>
        </message>
        <message>
            <source>The server %1 closed the connection without a complete answer.</source>
            <translation>服务器 %1 在应答完整之前关闭了连接。</translation>
        </message>
        <message>
            <source>Incomplete: the connection ended after %1 of %2; the partial file was deleted.</source>
            <translation>不完整：连接在收到 %1（共 %2）后结束；不完整的文件已删除。</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>已保存为 %1。</translation>
        </message>
        <message>
            <source>The server answered: “%1”</source>
            <translation>服务器回答：“%1”</translation>
        </message>
    </context>
    <context>
        <name>ClassicDownloadSession</name>
        <message>
            <source>(a name longer than %1 bytes)</source>
            <translation>（超过 %1 字节的文件名）</translation>
        </message>
        <message>
            <source>The requested name is longer than %1 bytes.</source>
            <translation>请求的文件名超过 %1 字节。</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>已拒绝：%1</translation>
        </message>
        <message>
            <source>No file name arrived within %1 ms; the connection was closed.</source>
            <translation>%1 毫秒内没有收到文件名，连接已关闭。</translation>
        </message>
        <message>
            <source>The file name is not valid UTF-8.</source>
            <translation>文件名不是有效的 UTF-8。</translation>
        </message>
        <message>
            <source>The client closed the connection.</source>
            <translation>客户端关闭了连接。</translation>
        </message>
        <message>
            <source>The client closed the connection after %1.</source>
            <translation>客户端在传输了 %1 后关闭了连接。</translation>
        </message>
        <message>
            <source>The client finished sending without asking for a file; the connection was closed.</source>
            <translation>客户端结束了发送，却没有请求任何文件；连接已关闭。</translation>
        </message>
    </context>
    <context>
        <name>ClassicProtocol</name>
        <message>
            <source>The server's answer does not start with a number followed by &lt;SEPARATOR&gt;.</source>
            <translation>服务器的应答不是以数字加 &lt;SEPARATOR&gt; 开头。</translation>
        </message>
        <message>
            <source>The server announced a file size that is not a number.</source>
            <translation>服务器声明的文件大小不是数字。</translation>
        </message>
        <message>
            <source>The file name is not valid UTF-8.</source>
            <translation>文件名不是有效的 UTF-8。</translation>
        </message>
        <message>
            <source>The announced size “%1” is negative.</source>
            <translation>声明的大小“%1”是负数。</translation>
        </message>
        <message>
            <source>The announced size “%1” is not a number.</source>
            <translation>声明的大小“%1”不是数字。</translation>
        </message>
        <message>
            <source>The announced size is too large.</source>
            <translation>声明的大小太大。</translation>
        </message>
    </context>
    <context>
        <name>ClassicUploadJob</name>
        <message>
            <source>%1 is not a readable file.</source>
            <translation>%1 不是可读取的文件。</translation>
        </message>
        <message>
            <source>The server refused the upload: %1</source>
            <translation>服务器拒绝了上传：%1</translation>
        </message>
        <message>
            <source>The server %1 closed the connection without answering.</source>
            <translation>服务器 %1 没有应答就关闭了连接。</translation>
        </message>
        <message>
            <source>The server closed the connection after %1 of %2.</source>
            <translation>服务器在收到 %1（共 %2）后关闭了连接。</translation>
        </message>
        <message>
            <source>Sent %1; the server read every byte and closed the connection cleanly (the classic protocol has no other confirmation).</source>
            <translation>已发送 %1；服务器读取了全部字节并正常关闭了连接（经典协议没有其他确认方式）。</translation>
        </message>
        <message>
            <source>Sent %1 and closed the connection; this system cannot tell whether the server read every byte (the classic protocol has no confirmation).</source>
            <translation>已发送 %1 并关闭了连接；本系统无法判断服务器是否读取了全部字节（经典协议没有确认方式）。</translation>
        </message>
    </context>
    <context>
        <name>ClassicUploadSession</name>
        <message>
            <source>The header is longer than %1 bytes without a complete “&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;”.</source>
            <translation>头部已超过 %1 字节，仍不是完整的“&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;”。</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>已拒绝：%1</translation>
        </message>
        <message>
            <source>The client closed the connection before the header “&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;” was complete.</source>
            <translation>头部“&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;”尚未完整，客户端就关闭了连接。</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>已保存为 %1。</translation>
        </message>
        <message>
            <source>The header “&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;” did not arrive within %1 ms.</source>
            <translation>%1 毫秒内没有收到头部“&lt;name&gt;&lt;SEPARATOR&gt;&lt;size&gt;”。</translation>
        </message>
        <message>
            <source>The client sent more than the announced %1.</source>
            <translation>客户端发送的数据超过了声明的 %1。</translation>
        </message>
        <message>
            <source>Incomplete: the connection ended after %1; the partial file was deleted.</source>
            <translation>不完整：连接在收到 %1 后结束；不完整的文件已删除。</translation>
        </message>
    </context>
    <context>
        <name>CliRunner</name>
        <message>
            <source>unknown command “%1”.</source>
            <translation>未知命令“%1”。</translation>
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
        <name>CommandHelp</name>
        <message>
            <source>%1 Default: %2.</source>
            <comment>an option's description, then its default value</comment>
            <translation>%1默认：%2。</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <source>Usage: socketlab [COMMAND [OPTIONS]]</source>
            <translation>用法：socketlab [命令 [选项]]</translation>
        </message>
        <message>
            <source>Without a command the window opens.</source>
            <translation>不带命令时打开窗口。</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>--open COMMAND [OPTIONS]</source>
            <translation>--open 命令 [选项]</translation>
        </message>
        <message>
            <source>The window, with that tab filled in and started.</source>
            <translation>打开窗口，填好对应标签页并启动。</translation>
        </message>
        <message>
            <source>The version of SocketLab.</source>
            <translation>SocketLab 的版本。</translation>
        </message>
        <message>
            <source>Run “socketlab COMMAND --help” for the options of one command.</source>
            <translation>运行“socketlab 命令 --help”查看某个命令的选项。</translation>
        </message>
    </context>
    <context>
        <name>CommandLineReader</name>
        <message>
            <source>“%1” is not a valid value for --%2: use a whole number from %3 to %4.</source>
            <translation>“%1”不是 --%2 的有效值：请使用 %3 到 %4 之间的整数。</translation>
        </message>
    </context>
    <context>
        <name>ConversationDiagram</name>
        <message>
            <source>listening</source>
            <translation>监听中</translation>
        </message>
        <message>
            <source>listening on %1</source>
            <translation>正在监听 %1</translation>
        </message>
        <message>
            <source>stopped listening</source>
            <translation>停止监听</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>已绑定</translation>
        </message>
        <message>
            <source>bound to %1</source>
            <translation>已绑定到 %1</translation>
        </message>
        <message>
            <source>socket closed</source>
            <translation>套接字已关闭</translation>
        </message>
        <message>
            <source>could not listen or bind</source>
            <translation>无法监听或绑定</translation>
        </message>
        <message>
            <source>host not found: %1</source>
            <translation>找不到主机：%1</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>“%1”（%2）</translation>
        </message>
        <message>
            <source>connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>FIN (finished sending)</source>
            <translation>FIN（结束发送）</translation>
        </message>
        <message>
            <source>close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>RST (reset)</source>
            <translation>RST（重置）</translation>
        </message>
        <message>
            <source>connect refused</source>
            <translation>连接被拒绝</translation>
        </message>
        <message>
            <source>no answer (timed out)</source>
            <translation>无应答（超时）</translation>
        </message>
        <message>
            <source>ICMP: port unreachable</source>
            <translation>ICMP：端口不可达</translation>
        </message>
        <message>
            <source>ICMP: host unreachable</source>
            <translation>ICMP：主机不可达</translation>
        </message>
        <message>
            <source>turned away (client limit)</source>
            <translation>已拒绝（客户端数已达上限）</translation>
        </message>
        <message>
            <source>this side</source>
            <translation>本端</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 分 %2 秒</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 天 %2 小时</translation>
        </message>
        <message>
            <source>… %1 …</source>
            <translation>… %1 …</translation>
        </message>
    </context>
    <context>
        <name>DiagramCommand</name>
        <message>
            <source>%1: the last line was cut short (the recording stopped while writing it); it is left out.</source>
            <translation>%1：最后一行不完整（记录在写入时中断），已略去。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n arrow(s), the %2 older ones left out (--max).</source>
            <translation>
                <numerusform>已写入 %1：%n 个箭头，较早的 %2 个已略去（--max）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n arrow(s).</source>
            <translation>
                <numerusform>已写入 %1：%n 个箭头。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiagramCommandLine</name>
        <message>
            <source>Draws a recorded conversation (an events file) as a sequence diagram, in SVG or PNG.</source>
            <translation>把记录下来的通信（事件文件）画成时序图，保存为 SVG 或 PNG。</translation>
        </message>
        <message>
            <source>EVENTS is an events file (JSON Lines) written with --events by a server or client command, or saved from the window's log (docs/events.md). The picture is the one in a networking textbook: one vertical line for this side and one for each peer, time going down, one arrow for each connect, each message or chunk received (with its size and first characters), each half-close and close (dashed, with the side that closed first), errors in red with a cross. Long pauses are cut out and say how long they were.

A time for --from and --to is an ISO 8601 date and time (2024-05-01T12:03:10, with Z or +08:00 for a zone, else local time), a time of the recording's day in local time (12:03:10 or 12:03:10.250), or milliseconds since 1970-01-01 UTC.

No display is needed: the picture is drawn offscreen.</source>
            <translation>EVENTS 是事件文件（JSON Lines），由服务器或客户端命令用 --events 写出，或从窗口的日志保存而来（docs/events.md）。图就像网络教科书里的那样：本端一条竖线，每个对端各一条，时间向下推进；每次连接、每条发送的消息或收到的数据块（附大小和开头几个字符）、每次半关闭和关闭（虚线，并标出先关闭的一方）各画一个箭头，错误用红色并带叉号。长时间的停顿会被截去，并注明停了多久。

--from 和 --to 的时间可以是 ISO 8601 日期时间（2024-05-01T12:03:10，带 Z 或 +08:00 表示时区，否则为本地时间）、记录当天的本地时间（12:03:10 或 12:03:10.250），或自 1970-01-01 UTC 起的毫秒数。

不需要显示器：图片在屏幕外绘制。</translation>
        </message>
        <message>
            <source>Where to write the picture (also -o FILE); its suffix chooses the format: .svg or .png.</source>
            <translation>图片写到哪里（也可写作 -o FILE）；由后缀决定格式：.svg 或 .png。</translation>
        </message>
        <message>
            <source>Only the conversation with this peer, as the log shows it (127.0.0.1:53422).</source>
            <translation>只画与这个对端的通信，写法与日志中相同（127.0.0.1:53422）。</translation>
        </message>
        <message>
            <source>Leave out what happened before this time.</source>
            <translation>略去这个时间之前发生的事。</translation>
        </message>
        <message>
            <source>Leave out what happened after this time.</source>
            <translation>略去这个时间之后发生的事。</translation>
        </message>
        <message>
            <source>Draw at most the newest N arrows (0: all); the picture says how many were left out.</source>
            <translation>最多只画最新的 N 个箭头（0：全部）；图中会注明略去了多少个。</translation>
        </message>
        <message>
            <source>Show the data's first bytes as hex instead of text.</source>
            <translation>用十六进制而不是文本显示数据的开头几个字节。</translation>
        </message>
        <message>
            <source>Text encoding of the data: utf-8, gbk or latin-1.</source>
            <translation>数据的文本编码：utf-8、gbk 或 latin-1。</translation>
        </message>
        <message>
            <source>The title line above the diagram ("": none).</source>
            <translation>时序图上方的标题行（""：不要标题）。</translation>
        </message>
        <message>
            <source>who recorded, where and when</source>
            <translation>记录者、地址和时间</translation>
        </message>
        <message>
            <source>Exit status: 0 when the picture was written, 1 when it could not be written, 2 on bad arguments or an events file that cannot be read.</source>
            <translation>退出状态：图片已写入为 0，无法写入为 1，参数错误或事件文件无法读取为 2。</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>the recording's role, then when it started</comment>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <comment>the recording's role, then its address</comment>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>%1 on %2, %3</source>
            <comment>the recording's role, its address, when it started</comment>
            <translation>%1，%2，%3</translation>
        </message>
        <message>
            <source>The events file is missing: give it first (socketlab diagram EVENTS.jsonl -o OUT.svg).</source>
            <translation>缺少事件文件：请先给出它（socketlab diagram EVENTS.jsonl -o OUT.svg）。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: diagram takes one events file.</source>
            <translation>多余的参数“%1”：diagram 只接受一个事件文件。</translation>
        </message>
        <message>
            <source>The picture to write is missing: give it with -o FILE.svg or -o FILE.png.</source>
            <translation>缺少要写入的图片：请用 -o FILE.svg 或 -o FILE.png 给出。</translation>
        </message>
        <message>
            <source>“%1” is neither .svg nor .png: the suffix of -o chooses the format.</source>
            <translation>“%1”既不是 .svg 也不是 .png：-o 的后缀决定格式。</translation>
        </message>
        <message>
            <source>Unknown encoding “%1”: use utf-8, gbk or latin-1.</source>
            <translation>未知编码“%1”：请使用 utf-8、gbk 或 latin-1。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file, then what is wrong in it</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>“%1” is not a time for --%2: use 2024-05-01T12:03:10, 12:03:10 (the recording's day) or milliseconds since 1970.</source>
            <translation>“%1”不是 --%2 的时间：请使用 2024-05-01T12:03:10、12:03:10（记录当天）或自 1970 年起的毫秒数。</translation>
        </message>
        <message>
            <source>--from is after --to: nothing would be drawn.</source>
            <translation>--from 晚于 --to：什么也画不出来。</translation>
        </message>
        <message>
            <source>The recording has no peer “%1”: it has no peers at all.</source>
            <translation>记录中没有对端“%1”：其中根本没有对端。</translation>
        </message>
        <message>
            <source>The recording has no peer “%1”; its peers are: %2.</source>
            <translation>记录中没有对端“%1”；其中的对端有：%2。</translation>
        </message>
    </context>
    <context>
        <name>DiagramExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Conversation diagram</source>
            <translation>通信时序图</translation>
        </message>
        <message>
            <source>Drawn by SocketLab</source>
            <translation>由 SocketLab 绘制</translation>
        </message>
        <message>
            <source>Cannot write %1: the picture is too large (%2 × %3 pixels).</source>
            <translation>无法写入 %1：图片太大（%2 × %3 像素）。</translation>
        </message>
    </context>
    <context>
        <name>DiagramPainter</name>
        <message numerus="yes">
            <source>%n earlier event(s) not shown</source>
            <translation>
                <numerusform>前面还有 %n 个事件未显示</numerusform>
            </translation>
        </message>
        <message>
            <source>closed first</source>
            <translation>先关闭</translation>
        </message>
    </context>
    <context>
        <name>DiagramView</name>
        <message>
            <source>At %1</source>
            <translation>位于 %1</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>从 %1 到 %2</translation>
        </message>
        <message>
            <source>%1 closed first</source>
            <translation>%1 先关闭</translation>
        </message>
    </context>
    <context>
        <name>DirectoryListing</name>
        <message>
            <source>Index of %1</source>
            <translation>%1 的目录列表</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>修改时间</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n entries are shown.</source>
            <translation>
                <numerusform>只显示前 %n 项。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DualStackMulticastOptions</name>
        <message>
            <source>this system cannot join an IPv4 group from a socket bound to any address (IPv4 + IPv6); bind to any IPv4 address (0.0.0.0) instead</source>
            <translation>本系统无法从绑定在任意地址（IPv4 + IPv6）的套接字加入 IPv4 组；请改为绑定任意 IPv4 地址（0.0.0.0）</translation>
        </message>
    </context>
    <context>
        <name>EmptyHint</name>
        <message>
            <source>Clients connecting and leaving, and every message received from them or sent to them, will appear here: one row per recv() chunk.</source>
            <translation>客户端的连接与断开，以及收到或发给它们的每条消息都会显示在这里：每次 recv() 收到的数据块占一行。</translation>
        </message>
        <message>
            <source>The connection to the server and every message sent or received will appear here: one row per recv() chunk.</source>
            <translation>与服务器的连接以及收发的每条消息都会显示在这里：每次 recv() 收到的数据块占一行。</translation>
        </message>
        <message>
            <source>Every datagram sent or received will appear here, one row each, with its sender.</source>
            <translation>收发的每个数据报都会显示在这里，每个一行，并注明发送方。</translation>
        </message>
        <message>
            <source>The server log will appear here: clients connecting, the files they ask for, uploads and errors.</source>
            <translation>服务器日志会显示在这里：客户端的连接、它们请求的文件、上传和错误。</translation>
        </message>
        <message>
            <source>Each download and upload on this server will appear here with its progress.</source>
            <translation>本服务器上的每次下载和上传都会连同进度显示在这里。</translation>
        </message>
        <message>
            <source>Your downloads and uploads will appear here with their progress.</source>
            <translation>你的下载和上传会连同进度显示在这里。</translation>
        </message>
        <message>
            <source>Each request a browser or script sends to this server will appear here: method, path, status and size.</source>
            <translation>浏览器或脚本发给本服务器的每个请求都会显示在这里：方法、路径、状态和大小。</translation>
        </message>
        <message>
            <source>Start a server, then connect a client from here or from a script</source>
            <translation>先启动服务器，再从这里或用脚本连接客户端</translation>
        </message>
        <message>
            <source>Open the quick start for this tab</source>
            <translation>打开本标签页的快速入门</translation>
        </message>
        <message>
            <source>Each connected client will appear here with its bytes and messages in and out.</source>
            <translation>每个已连接的客户端都会显示在这里，并列出它收发的字节数和消息数。</translation>
        </message>
        <message>
            <source>Pick a lab above: its checks will appear here. Then enter the address of your program and press Run.</source>
            <translation>在上方选择一个实验，它的各项检查会显示在这里。然后填写你的程序的地址，按“运行”。</translation>
        </message>
        <message>
            <source>Load a targets file (one line per student: a name and HOST:PORT), then press Run: each student will appear here with a column per check.</source>
            <translation>载入目标列表文件（每行一名学生：姓名和 主机:端口），然后按“运行”：每名学生会显示在这里，每项检查占一列。</translation>
        </message>
        <message>
            <source>Select a check: the bytes SocketLab and your program exchanged during it will appear here.</source>
            <translation>选择一项检查：这项检查中 SocketLab 与你的程序之间交换的字节会显示在这里。</translation>
        </message>
    </context>
    <context>
        <name>Endpoint</name>
        <message>
            <source>“%1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; the port is 1-65535).</source>
            <translation>“%1”不是“主机:端口”的形式（例如 127.0.0.1:1246、localhost:8000 或 [::1]:9000；端口为 1-65535）。</translation>
        </message>
    </context>
    <context>
        <name>EventChecksum</name>
        <message>
            <source>%1: cannot be checked, only the first %2 of %3 bytes were kept.</source>
            <translation>%1：无法校验，%3 字节中只保留了前 %2 字节。</translation>
        </message>
        <message numerus="yes">
            <source>%1: cannot be checked, a message needs at least %n byte(s) for it.</source>
            <translation>
                <numerusform>%1：无法校验，消息至少需要 %n 个字节。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogReader</name>
        <message>
            <source>“%1” must be a text in quotes.</source>
            <translation>“%1”必须是加引号的文本。</translation>
        </message>
        <message>
            <source>“%1” may be at most %2 characters long.</source>
            <translation>“%1”最多只能有 %2 个字符。</translation>
        </message>
        <message>
            <source>“%1” must be a whole number from %2 to %3.</source>
            <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
        </message>
        <message>
            <source>“%1” must be true or false.</source>
            <translation>“%1”必须是 true 或 false。</translation>
        </message>
        <message>
            <source>“%1” must be one of %2.</source>
            <translation>“%1”必须是 %2 之一。</translation>
        </message>
        <message>
            <source>This is not a SocketLab events file: its first line must be {"format": "socketlab-events", "version": 1, …}.</source>
            <translation>这不是 SocketLab 事件文件：它的第一行必须是 {"format": "socketlab-events", "version": 1, …}。</translation>
        </message>
        <message>
            <source>The header has no %1; every header needs one.</source>
            <translation>文件头没有 %1；每个文件头都必须有。</translation>
        </message>
        <message>
            <source>This events file is version %1; this SocketLab reads version 1.</source>
            <translation>这个事件文件是第 %1 版；此 SocketLab 只能读取第 1 版。</translation>
        </message>
        <message>
            <source>“%1” must be a time such as %2.</source>
            <translation>“%1”必须是像 %2 这样的时间。</translation>
        </message>
        <message>
            <source>The event has no %1; every event needs one.</source>
            <translation>该事件没有 %1；每个事件都必须有。</translation>
        </message>
        <message>
            <source>“%1” is not valid base64.</source>
            <translation>“%1”不是有效的 base64。</translation>
        </message>
        <message>
            <source>The payload holds more than %1; an events file keeps at most %1 of each event.</source>
            <translation>数据超过了 %1；事件文件中每个事件最多保存 %1。</translation>
        </message>
        <message>
            <source>The payload holds %1, but “size” says %2; a payload is never larger than its size.</source>
            <translation>数据有 %1，但“size”写的是 %2；数据不可能比它的大小还多。</translation>
        </message>
        <message>
            <source>“truncated” must be true exactly when the payload holds fewer bytes than “size”.</source>
            <translation>只有当数据的字节数少于“size”时，“truncated”才应为 true。</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>The file is larger than %1; an events file may be at most %1.</source>
            <translation>文件大于 %1；事件文件最大只能是 %1。</translation>
        </message>
        <message>
            <source>Reading the events file failed: %1</source>
            <translation>读取事件文件失败：%1</translation>
        </message>
        <message>
            <source>The line is longer than %1; no line of an events file is that long.</source>
            <translation>这一行超过了 %1；事件文件中不会有这么长的行。</translation>
        </message>
        <message>
            <source>This is not JSON: %1.</source>
            <translation>这不是 JSON：%1。</translation>
        </message>
        <message>
            <source>Each line of an events file is one JSON object: {…}.</source>
            <translation>事件文件的每一行都是一个 JSON 对象：{…}。</translation>
        </message>
        <message>
            <source>The file has more than %L1 events; SocketLab reads at most %L1 from one file.</source>
            <translation>文件中的事件超过 %L1 个；SocketLab 从一个文件最多读取 %L1 个。</translation>
        </message>
        <message>
            <source>The file is empty; an events file begins with its header line.</source>
            <translation>文件是空的；事件文件以文件头这一行开始。</translation>
        </message>
        <message>
            <source>Cannot open the events file %1: %2</source>
            <translation>无法打开事件文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>EventLogWriter</name>
        <message>
            <source>Cannot write the events file %1: %2</source>
            <translation>无法写入事件文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>EventsFileWriter</name>
        <message>
            <source>%1. Nothing more is written to it; the file holds the first %2 events.</source>
            <translation>%1。之后不再写入；该文件保存了前 %2 个事件。</translation>
        </message>
        <message>
            <source>Events written to %1: %2.</source>
            <translation>已写入 %1 的事件数：%2。</translation>
        </message>
    </context>
    <context>
        <name>EventsSettings</name>
        <message>
            <source>Write every event (connections, data sent and received, closes, errors) to FILE as JSON Lines as it happens (an existing FILE is replaced); it is complete when the command ends. socketlab diagram FILE draws it.</source>
            <translation>把每个事件（连接、发送和收到的数据、关闭、错误）在发生时以 JSON Lines 格式写入 FILE（已有的 FILE 会被替换）；命令结束时文件完整。socketlab diagram FILE 可以把它画出来。</translation>
        </message>
        <message>
            <source>--events is for the commands without a window (socketlab tcp-server …); the window does not write an events file.</source>
            <translation>--events 用于不带窗口的命令（socketlab tcp-server …）；窗口不写事件文件。</translation>
        </message>
        <message>
            <source>No file name was given to write the events into.</source>
            <translation>没有给出用来写入事件的文件名。</translation>
        </message>
        <message>
            <source>“%1” is a folder: give the name of a file to write the events into.</source>
            <translation>“%1”是文件夹：请给出用来写入事件的文件名。</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist, so “%2” cannot be created.</source>
            <translation>文件夹“%1”不存在，因此无法创建“%2”。</translation>
        </message>
        <message>
            <source>“%1” is not a folder, so “%2” cannot be created.</source>
            <translation>“%1”不是文件夹，因此无法创建“%2”。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: permission denied.</source>
            <translation>无法写入“%1”：权限不足。</translation>
        </message>
    </context>
    <context>
        <name>FileClientPanel</name>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>The address or name of the computer running the file server.</source>
            <translation>运行文件服务器的计算机的地址或名称。</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>协议(&amp;P)：</translation>
        </message>
        <message>
            <source>Ports:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Socket&amp;Lab:</source>
            <translation>SocketLab(&amp;L)：</translation>
        </message>
        <message>
            <source>Classic do&amp;wnload:</source>
            <translation>经典下载(&amp;W)：</translation>
        </message>
        <message>
            <source>Classic u&amp;pload:</source>
            <translation>经典上传(&amp;P)：</translation>
        </message>
        <message>
            <source>Save d&amp;ownloads in:</source>
            <translation>下载保存到(&amp;O)：</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Show the download folder in the file manager.</source>
            <translation>在文件管理器中打开下载文件夹。</translation>
        </message>
        <message>
            <source>Existing files are never overwritten: if “a.txt” is already there, the new download is saved as “a (1).txt”.</source>
            <translation>绝不覆盖已有文件：如果已经有“a.txt”，新下载的文件会保存为“a (1).txt”。</translation>
        </message>
        <message>
            <source>Files on the server</source>
            <translation>服务器上的文件</translation>
        </message>
        <message>
            <source>&amp;List files</source>
            <translation>列出文件(&amp;L)</translation>
        </message>
        <message>
            <source>Ask the server for the files in this folder (again).</source>
            <translation>（重新）向服务器获取此文件夹中的文件。</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>上一级(&amp;U)</translation>
        </message>
        <message>
            <source>Go to the folder above.</source>
            <translation>转到上一级文件夹。</translation>
        </message>
        <message>
            <source>Double-click a folder to open it, “..” to go up, a file to download it.</source>
            <translation>双击文件夹将其打开，双击“..”返回上一级，双击文件将其下载。</translation>
        </message>
        <message>
            <source>&amp;Download selected</source>
            <translation>下载所选(&amp;D)</translation>
        </message>
        <message>
            <source>The classic protocol (the seed's download_server.py) cannot list the server's folder: type the file name exactly as it is on the server.</source>
            <translation>经典协议（示例脚本的 download_server.py）无法列出服务器的文件夹：请输入与服务器上完全一致的文件名。</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>文件名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Download</source>
            <translation>下载(&amp;D)</translation>
        </message>
        <message>
            <source>U&amp;pload files…</source>
            <translation>上传文件(&amp;P)…</translation>
        </message>
        <message>
            <source>…or drop files onto this tab to upload them.</source>
            <translation>…也可以把文件拖到此标签页上进行上传。</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>传输</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Retry / resume</source>
            <translation>重试 / 续传(&amp;R)</translation>
        </message>
        <message>
            <source>Start a failed or cancelled transfer again. With the SocketLab protocol a download continues where it stopped.</source>
            <translation>重新开始失败或已取消的传输。使用 SocketLab 协议时，下载会从中断处继续。</translation>
        </message>
        <message>
            <source>Open containing &amp;folder</source>
            <translation>打开所在文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>Cl&amp;ear finished</source>
            <translation>清除已结束(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>File transfers: %n in progress</source>
            <translation>
                <numerusform>文件传输：%n 个进行中</numerusform>
            </translation>
        </message>
        <message>
            <source>SocketLab (folder listing, resume, SHA-256 check)</source>
            <translation>SocketLab（列目录、断点续传、SHA-256 校验）</translation>
        </message>
        <message>
            <source>Classic (the seed scripts' &lt;SEPARATOR&gt; protocol)</source>
            <translation>经典（示例脚本的 &lt;SEPARATOR&gt; 协议）</translation>
        </message>
        <message>
            <source>Type the name of the file to download, as it is on the server.</source>
            <translation>请输入要下载的文件名，与服务器上的一致。</translation>
        </message>
        <message>
            <source>Type the address of the server first, for example 127.0.0.1.</source>
            <translation>请先输入服务器的地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>Only files can be uploaded; not sent: %1</source>
            <translation>只能上传文件；未发送：%1</translation>
        </message>
        <message>
            <source>Choose the files to upload</source>
            <translation>选择要上传的文件</translation>
        </message>
        <message>
            <source>Choose where downloads are saved</source>
            <translation>选择下载的保存位置</translation>
        </message>
        <message>
            <source>Folder: /%1</source>
            <translation>文件夹：/%1</translation>
        </message>
        <message>
            <source>Press “List files” to see the files on the server.</source>
            <translation>按“列出文件”查看服务器上的文件。</translation>
        </message>
        <message>
            <source>Asking the server for the files in /%1…</source>
            <translation>正在向服务器获取 /%1 中的文件…</translation>
        </message>
        <message>
            <source>Cannot list /%1: %2</source>
            <translation>无法列出 /%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n entries. Double-click a folder to open it, a file to download it.</source>
            <translation>
                <numerusform>共 %n 项。双击文件夹将其打开，双击文件将其下载。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Use this window's server</source>
            <translation>使用本窗口的服务器</translation>
        </message>
        <message>
            <source>Fill in the file server running in this window: host %1, SocketLab port %2, classic download port %3, classic upload port %4.</source>
            <translation>填入本窗口中运行的文件服务器：主机 %1，SocketLab 端口 %2，经典下载端口 %3，经典上传端口 %4。</translation>
        </message>
        <message>
            <source>Cannot list /%1. List the files again to see why.</source>
            <translation>无法列出 /%1。再列一次文件即可看到原因。</translation>
        </message>
        <message>
            <source>&amp;Client (download and upload)</source>
            <translation>客户端(&amp;C)（下载和上传）</translation>
        </message>
        <message>
            <source>Transfer speed</source>
            <translation>传输速度</translation>
        </message>
    </context>
    <context>
        <name>FileSender</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>The file %1 became shorter while it was being sent.</source>
            <translation>文件 %1 在发送过程中变短了。</translation>
        </message>
    </context>
    <context>
        <name>FileServer</name>
        <message>
            <source>The server was stopped.</source>
            <translation>服务器已停止。</translation>
        </message>
        <message>
            <source>The shared folder “%1” does not exist or is not a folder.</source>
            <translation>共享文件夹“%1”不存在或不是文件夹。</translation>
        </message>
        <message>
            <source>Uploads cannot be saved in “%1”: it is not a writable folder.</source>
            <translation>上传的文件无法保存到“%1”：它不是可写的文件夹。</translation>
        </message>
        <message>
            <source>Too many connections (%1); this one was closed.</source>
            <translation>连接太多（%1 个），已关闭此连接。</translation>
        </message>
    </context>
    <context>
        <name>FileServerCommand</name>
        <message>
            <source>Sharing %1; uploads go to %2.</source>
            <translation>正在共享 %1；上传的文件保存到 %2。</translation>
        </message>
        <message>
            <source>Listening: classic download on port %1, classic upload on port %2, SLFT/1 on port %3.</source>
            <translation>正在监听：经典下载端口 %1，经典上传端口 %2，SLFT/1 端口 %3。</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <source>SLFT/1 clients see the uploads read-only in the folder uploads/.</source>
            <translation>SLFT/1 客户端可以在文件夹 uploads/ 中以只读方式看到上传的文件。</translation>
        </message>
    </context>
    <context>
        <name>FileServerCommandLine</name>
        <message>
            <source>“%1” is not a port number for --%2: use 0-65535.</source>
            <translation>“%1”不是 --%2 可用的端口号：请使用 0-65535。</translation>
        </message>
        <message>
            <source>Shares the files of a folder and receives uploads.</source>
            <translation>共享一个文件夹中的文件并接收上传。</translation>
        </message>
        <message>
            <source>It speaks the protocols of seed 002 (download_server.py and upload_server.py; their clients work unchanged) and SocketLab's own protocol SLFT/1 (listing, resume, SHA-256 check). One line per transfer and per error; it runs until Ctrl+C (or SIGTERM).</source>
            <translation>支持示例 002 的协议（download_server.py 和 upload_server.py，它们的客户端无需修改即可使用）以及 SocketLab 自己的协议 SLFT/1（列目录、断点续传、SHA-256 校验）。每次传输、每个错误各打印一行；一直运行到 Ctrl+C（或 SIGTERM）。</translation>
        </message>
        <message>
            <source>The shared folder; only files inside it are ever served.</source>
            <translation>共享文件夹；只提供其中的文件。</translation>
        </message>
        <message>
            <source>Where uploads are saved; nothing is overwritten.</source>
            <translation>上传文件的保存位置；不会覆盖任何文件。</translation>
        </message>
        <message>
            <source>the shared folder</source>
            <translation>共享文件夹</translation>
        </message>
        <message>
            <source>Classic download port (0: the system picks one).</source>
            <translation>经典下载端口（0：由系统挑选）。</translation>
        </message>
        <message>
            <source>Classic upload port.</source>
            <translation>经典上传端口。</translation>
        </message>
        <message>
            <source>SLFT/1 port.</source>
            <translation>SLFT/1 端口。</translation>
        </message>
        <message>
            <source>Drop a connection whose request does not arrive within MS milliseconds.</source>
            <translation>请求在 MS 毫秒内没有到达就断开连接。</translation>
        </message>
        <message>
            <source>End a transfer when no byte moves either way for MS milliseconds; an SLFT/1 upload keeps its partial file for a resume.</source>
            <translation>传输在 MS 毫秒内两个方向都没有任何字节移动时结束；SLFT/1 上传会保留未完成的文件以便续传。</translation>
        </message>
        <message>
            <source>Connections of the three ports together; more are closed.</source>
            <translation>三个端口合计的连接数上限；超出的连接会被关闭。</translation>
        </message>
        <message>
            <source>SLFT/1 lists the inbox as a read-only folder uploads/ of the shared folder (listable and downloadable, never writable; not when the inbox is the shared folder).</source>
            <translation>SLFT/1 把收件文件夹列为共享文件夹中的只读文件夹 uploads/（可列出、可下载，不可写入；收件文件夹就是共享文件夹时不适用）。</translation>
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when a port cannot be opened, 2 on bad arguments.</source>
            <translation>退出状态：Ctrl+C/SIGTERM 后为 0，端口无法打开时为 1，参数错误时为 2。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: file-server takes only options.</source>
            <translation>多余的参数“%1”：file-server 只接受选项。</translation>
        </message>
        <message>
            <source>The shared folder is missing: give it with --root DIR.</source>
            <translation>缺少共享文件夹：请用 --root DIR 指定。</translation>
        </message>
        <message>
            <source>“%1” is not a number of milliseconds for --header-timeout.</source>
            <translation>“%1”不是 --header-timeout 可用的毫秒数。</translation>
        </message>
    </context>
    <context>
        <name>FileServerPanel</name>
        <message>
            <source>File server</source>
            <translation>文件服务器</translation>
        </message>
        <message>
            <source>S&amp;hared folder:</source>
            <translation>共享文件夹(&amp;H)：</translation>
        </message>
        <message>
            <source>Students can download every file inside this folder, and nothing outside it.</source>
            <translation>学生可以下载此文件夹中的所有文件，文件夹之外的文件则一律无法下载。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Show the shared folder in the file manager.</source>
            <translation>在文件管理器中打开共享文件夹。</translation>
        </message>
        <message>
            <source>&amp;Inbox for uploads:</source>
            <translation>上传保存到(&amp;I)：</translation>
        </message>
        <message>
            <source>Uploaded files are saved here. An existing file is never overwritten: the new one gets “ (1)”, “ (2)” … added to its name.</source>
            <translation>上传的文件保存在这里。绝不覆盖已有文件：新文件的名字后面会加上“ (1)”“ (2)”等。</translation>
        </message>
        <message>
            <source>Show the inbox folder in the file manager.</source>
            <translation>在文件管理器中打开上传保存文件夹。</translation>
        </message>
        <message>
            <source>&amp;Listen on:</source>
            <translation>监听地址(&amp;L)：</translation>
        </message>
        <message>
            <source>Ports:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Classic &amp;download:</source>
            <translation>经典下载(&amp;D)：</translation>
        </message>
        <message>
            <source>The seed's download_server.py protocol (default 7890). 0 lets the system choose.</source>
            <translation>示例脚本 download_server.py 的协议（默认 7890）。0 表示由系统选择。</translation>
        </message>
        <message>
            <source>Classic &amp;upload:</source>
            <translation>经典上传(&amp;U)：</translation>
        </message>
        <message>
            <source>The seed's upload_server.py protocol (default 12800). 0 lets the system choose.</source>
            <translation>示例脚本 upload_server.py 的协议（默认 12800）。0 表示由系统选择。</translation>
        </message>
        <message>
            <source>Socket&amp;Lab:</source>
            <translation>SocketLab(&amp;L)：</translation>
        </message>
        <message>
            <source>SocketLab's own protocol with folder listing, resume and SHA-256 check (default 7891). 0 lets the system choose.</source>
            <translation>SocketLab 自己的协议，支持列目录、断点续传和 SHA-256 校验（默认 7891）。0 表示由系统选择。</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>启动(&amp;S)</translation>
        </message>
        <message>
            <source>Not running.</source>
            <translation>未运行。</translation>
        </message>
        <message>
            <source>Transfers on this server</source>
            <translation>本服务器上的传输</translation>
        </message>
        <message>
            <source>&amp;Clear finished</source>
            <translation>清除已结束(&amp;C)</translation>
        </message>
        <message>
            <source>Server log</source>
            <translation>服务器日志</translation>
        </message>
        <message>
            <source>Empty: uploads go to the shared folder</source>
            <translation>留空：上传到共享文件夹</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>选择共享文件夹</translation>
        </message>
        <message>
            <source>Choose the folder for uploads</source>
            <translation>选择上传文件的保存文件夹</translation>
        </message>
        <message numerus="yes">
            <source>File server on ports %1: %n transfer(s)</source>
            <translation>
                <numerusform>文件服务器（端口 %1）：%n 个传输</numerusform>
            </translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <source>Not running: %1</source>
            <translation>未运行：%1</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Sho&amp;w uploads</source>
            <translation>显示上传(&amp;W)</translation>
        </message>
        <message>
            <source>Clients of the SocketLab protocol see the inbox as a read-only folder “uploads” in the shared folder: they can list and download what was uploaded, never write into it. Off: uploads are not shown to anyone (unless the inbox is the shared folder).</source>
            <translation>使用 SocketLab 协议的客户端会在共享文件夹中看到一个只读文件夹“uploads”，即收件文件夹：可以列出和下载已上传的文件，但不能写入。关闭时：上传的文件不对任何人显示（除非收件文件夹就是共享文件夹）。</translation>
        </message>
        <message>
            <source>Running on %1, reachable from this computer at %2: classic download port %3, classic upload port %4, SocketLab port %5.</source>
            <translation>正在 %1 上运行，本机可通过 %2 访问：经典下载端口 %3，经典上传端口 %4，SocketLab 端口 %5。</translation>
        </message>
        <message>
            <source>Running on %1. Give students the address %2 (on this computer also %3): classic download port %4, classic upload port %5, SocketLab port %6.</source>
            <translation>正在 %1 上运行。请把地址 %2 告诉学生（本机也可用 %3）：经典下载端口 %4，经典上传端口 %5，SocketLab 端口 %6。</translation>
        </message>
        <message>
            <source>Running, reachable from this computer only at %1: classic download port %2, classic upload port %3, SocketLab port %4.</source>
            <translation>正在运行，只能在本机通过 %1 访问：经典下载端口 %2，经典上传端口 %3，SocketLab 端口 %4。</translation>
        </message>
        <message>
            <source>Running. Give students the address %1: classic download port %2, classic upload port %3, SocketLab port %4.</source>
            <translation>正在运行。请把地址 %1 告诉学生：经典下载端口 %2，经典上传端口 %3，SocketLab 端口 %4。</translation>
        </message>
        <message>
            <source>Not running: the last start failed. Press Start to try again and see why.</source>
            <translation>未运行：上次启动失败。按“启动”再试一次即可看到原因。</translation>
        </message>
        <message>
            <source>&amp;Server (share files, receive uploads)</source>
            <translation>服务器(&amp;S)（共享文件、接收上传）</translation>
        </message>
        <message>
            <source>Transfer speed</source>
            <translation>传输速度</translation>
        </message>
    </context>
    <context>
        <name>FileServerSession</name>
        <message>
            <source>Nothing arrived from %1 for %2 s, so the connection was closed.</source>
            <translation>%2 秒内没有收到 %1 的任何数据，因此关闭了连接。</translation>
        </message>
        <message>
            <source>%1 read nothing for %2 s, so the connection was closed.</source>
            <translation>%1 在 %2 秒内没有读取任何数据，因此关闭了连接。</translation>
        </message>
        <message>
            <source>No data moved between %1 and the server for %2 s, so the connection was closed.</source>
            <translation>%2 秒内 %1 与服务器之间没有任何数据往来，因此关闭了连接。</translation>
        </message>
    </context>
    <context>
        <name>FileTab</name>
        <message>
            <source>Files</source>
            <translation>文件传输</translation>
        </message>
        <message>
            <source>Both can run at once: start the server here, then download from it as a client.</source>
            <translation>两者可以同时运行：在这里启动服务器，再以客户端身份从它下载。</translation>
        </message>
        <message>
            <source>The file tab cannot open “%1”.</source>
            <translation>文件传输标签页无法打开“%1”。</translation>
        </message>
    </context>
    <context>
        <name>FileTabFolders</name>
        <message>
            <source>No folder is set: choose one with Browse….</source>
            <translation>尚未设置文件夹：请用“浏览…”选择一个。</translation>
        </message>
        <message>
            <source>“%1” is a file, not a folder.</source>
            <translation>“%1”是文件，不是文件夹。</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be created. Check that the place exists and that you may write there.</source>
            <translation>无法创建文件夹“%1”。请检查所在位置是否存在，以及你是否有写入权限。</translation>
        </message>
    </context>
    <context>
        <name>Framer</name>
        <message>
            <source>A line is longer than the limit of %1 without a line end (LF); is the peer using another framing?</source>
            <translation>一行已超过 %1 的上限，仍没有行尾（LF）；对端是否用了别的分帧方式？</translation>
        </message>
        <message>
            <source>The peer announced a message of %1 bytes, more than the limit of %2; is it using another framing?</source>
            <translation>对端声明的消息长度为 %1 字节，超过了 %2 的上限；它是否用了别的分帧方式？</translation>
        </message>
    </context>
    <context>
        <name>GetCommandLine</name>
        <message>
            <source>Downloads a file from a file server.</source>
            <translation>从文件服务器下载一个文件。</translation>
        </message>
        <message>
            <source>NAME is saved under its plain name into the folder given with --out; an existing file is never overwritten (“ (1)” is added).

Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted download is kept as “NAME.part” and resumed by the next get; the SHA-256 of the whole file is checked.</source>
            <translation>NAME 以其原本的文件名保存到 --out 指定的文件夹；不会覆盖已有文件（会加上“ (1)”）。

不加 --classic 时使用 SocketLab 的协议 SLFT/1（端口 7891）：中断的下载保存为“NAME.part”，下次 get 时接着下载；并校验整个文件的 SHA-256。</translation>
        </message>
        <message>
            <source>Folder to save into.</source>
            <translation>保存到的文件夹。</translation>
        </message>
        <message>
            <source>the current folder</source>
            <translation>当前文件夹</translation>
        </message>
        <message>
            <source>Use the seed's protocol (download_server.py, port 7890): no resume, no checksum; only exactly the announced size counts as success.</source>
            <translation>使用示例脚本的协议（download_server.py，端口 7890）：不能续传，没有校验和；只有收到的字节数恰好等于声明的大小才算成功。</translation>
        </message>
        <message>
            <source>Exit status: 0 for a complete (and verified) file, 1 otherwise, 2 on bad arguments.</source>
            <translation>退出状态：文件完整（且校验通过）时为 0，否则为 1，参数错误时为 2。</translation>
        </message>
        <message>
            <source>get needs the server and the file name: socketlab get HOST:PORT NAME.</source>
            <translation>get 需要服务器和文件名：socketlab get HOST:PORT NAME。</translation>
        </message>
        <message>
            <source>The file name is empty.</source>
            <translation>文件名为空。</translation>
        </message>
    </context>
    <context>
        <name>HalfCloseWaiter</name>
        <message>
            <source>The server took no more data and did not close the connection for %1 seconds, so it is not known whether it kept the file.</source>
            <translation>服务器已有 %1 秒既没有再接收数据也没有关闭连接，无法确定它是否保存了文件。</translation>
        </message>
        <message>
            <source>The connection to the server was lost before it could be closed: %1</source>
            <translation>在正常关闭之前，与服务器的连接已经断开：%1</translation>
        </message>
        <message>
            <source>The server reset the connection after the last byte (%1), so it may not have kept the file.</source>
            <translation>服务器在最后一个字节之后重置了连接（%1），它可能没有保存该文件。</translation>
        </message>
    </context>
    <context>
        <name>HttpErrorPage</name>
        <message>
            <source>The server could not understand the request.</source>
            <translation>服务器无法理解这个请求。</translation>
        </message>
        <message>
            <source>You may not see this folder or file.</source>
            <translation>你无权查看这个文件夹或文件。</translation>
        </message>
        <message>
            <source>No file with this name is served here.</source>
            <translation>这里没有提供这个名字的文件。</translation>
        </message>
        <message>
            <source>This server only answers GET and HEAD requests.</source>
            <translation>本服务器只响应 GET 和 HEAD 请求。</translation>
        </message>
        <message>
            <source>The request took too long to arrive.</source>
            <translation>请求没有在规定时间内到达。</translation>
        </message>
        <message>
            <source>The address is too long.</source>
            <translation>地址太长。</translation>
        </message>
        <message>
            <source>The requested byte range lies outside the file.</source>
            <translation>请求的字节范围超出了文件。</translation>
        </message>
        <message>
            <source>The request headers are too large.</source>
            <translation>请求头太大。</translation>
        </message>
        <message>
            <source>This request method is not implemented.</source>
            <translation>未实现这个请求方法。</translation>
        </message>
        <message>
            <source>The server is busy (too many connections). Try again later.</source>
            <translation>服务器正忙（连接太多）。请稍后再试。</translation>
        </message>
        <message>
            <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
            <translation>只支持 HTTP/1.0 和 HTTP/1.1。</translation>
        </message>
        <message>
            <source>The request failed.</source>
            <translation>请求失败。</translation>
        </message>
    </context>
    <context>
        <name>HttpResponseReader</name>
        <message>
            <source>The connection was closed after %1 of the body that Content-Length announced.</source>
            <translation>Content-Length 声明的正文只收到 %1，连接就关闭了。</translation>
        </message>
        <message>
            <source>The answer does not start with an HTTP status line (HTTP/1.x NNN reason): “%1”.</source>
            <translation>应答没有以 HTTP 状态行（HTTP/1.x NNN 原因）开头：“%1”。</translation>
        </message>
        <message>
            <source>The response headers are longer than %1 without an empty line to end them.</source>
            <translation>响应头部超过了 %1，仍没有结束它的空行。</translation>
        </message>
        <message>
            <source>The connection was closed before any HTTP response arrived.</source>
            <translation>还没有收到任何 HTTP 响应，连接就关闭了。</translation>
        </message>
        <message>
            <source>The connection was closed before the end of the response headers (the empty line).</source>
            <translation>响应头部尚未结束（空行），连接就关闭了。</translation>
        </message>
        <message>
            <source>The first line “%1” is not an HTTP status line (HTTP/1.x NNN reason).</source>
            <translation>第一行“%1”不是 HTTP 状态行（HTTP/1.x NNN 原因）。</translation>
        </message>
        <message>
            <source>The header line “%1” has no “Name: value” form.</source>
            <translation>头部行“%1”不是“名称: 值”的形式。</translation>
        </message>
        <message>
            <source>The response uses Transfer-Encoding “%1”, which this check does not read: send a Content-Length or close the connection after the body.</source>
            <translation>响应使用了 Transfer-Encoding“%1”，此检查无法读取：请发送 Content-Length，或在正文之后关闭连接。</translation>
        </message>
        <message>
            <source>The Content-Length “%1” is not a number of bytes.</source>
            <translation>Content-Length“%1”不是字节数。</translation>
        </message>
    </context>
    <context>
        <name>LabCheckDetail</name>
        <message>
            <source>(the hex dump shows the first %1 bytes)</source>
            <translation>（十六进制转储只显示前 %1 个字节）</translation>
        </message>
        <message>
            <source>Select a check to see what SocketLab sent, what came back and, when it failed, why.</source>
            <translation>选择一项检查，即可查看 SocketLab 发送了什么、收到了什么，以及未通过时的原因。</translation>
        </message>
        <message>
            <source>Student: %1</source>
            <translation>学生：%1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3）</translation>
        </message>
        <message>
            <source>This check has not run yet.</source>
            <translation>此项检查尚未运行。</translation>
        </message>
        <message>
            <source>This check is running.</source>
            <translation>此项检查正在运行。</translation>
        </message>
        <message>
            <source>This check passed in %1 ms.</source>
            <translation>此项检查已通过，用时 %1 毫秒。</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>发生了什么：</translation>
        </message>
        <message>
            <source>The likely cause:</source>
            <translation>可能的原因：</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>第 %1 步：%2</translation>
        </message>
        <message numerus="yes">
            <source>Expected (%n byte(s)):</source>
            <translation>
                <numerusform>期望收到（%n 字节）：</numerusform>
            </translation>
        </message>
        <message>
            <source>Expected:</source>
            <translation>期望：</translation>
        </message>
        <message>
            <source>Received (%1 bytes, the first %2 shown):</source>
            <translation>实际收到（%1 字节，只显示前 %2 字节）：</translation>
        </message>
        <message numerus="yes">
            <source>Received (%n byte(s)):</source>
            <translation>
                <numerusform>实际收到（%n 字节）：</numerusform>
            </translation>
        </message>
        <message>
            <source>Received: nothing.</source>
            <translation>实际收到：什么也没有。</translation>
        </message>
    </context>
    <context>
        <name>LabCheckListModel</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>The exercise asks for this: the lab fails when it fails.</source>
            <translation>这是练习的要求：此项未通过，整个实验就不通过。</translation>
        </message>
        <message>
            <source>A lesson: something the lecture discusses. It is reported but never fails the lab.</source>
            <translation>知识点：课上讨论过的问题。结果会报告出来，但不会导致实验不通过。</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>用时</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n required check(s) passed.</source>
            <translation>
                <numerusform>%n 项必做检查中通过了 %1 项。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n lesson(s) passed.</source>
            <translation>
                <numerusform>%n 个知识点中通过了 %1 个。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) could not run.</source>
            <translation>
                <numerusform>%n 项检查无法运行。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabChooser</name>
        <message>
            <source>%1 (from %2)</source>
            <translation>%1（来自 %2）</translation>
        </message>
        <message>
            <source>Open lab file…</source>
            <translation>打开实验文件…</translation>
        </message>
        <message>
            <source>&amp;Lab:</source>
            <translation>实验(&amp;L)：</translation>
        </message>
        <message>
            <source>The lab file “%1” cannot be used: %2</source>
            <translation>无法使用实验文件“%1”：%2</translation>
        </message>
        <message>
            <source>Open a lab file</source>
            <translation>打开实验文件</translation>
        </message>
        <message>
            <source>Lab files (*.json);;All files (*)</source>
            <translation>实验文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>No lab is available. Open a lab file to start.</source>
            <translation>没有可用的实验。请先打开一个实验文件。</translation>
        </message>
        <message>
            <source>It tests a server: SocketLab connects to it as a client.</source>
            <translation>它检查服务器：SocketLab 作为客户端连接到它。</translation>
        </message>
        <message>
            <source>It tests a client: SocketLab listens and your client connects to it.</source>
            <translation>它检查客户端：SocketLab 监听端口，由你的客户端来连接。</translation>
        </message>
        <message>
            <source>Lecture script: %1.</source>
            <translation>对应的课程脚本：%1。</translation>
        </message>
    </context>
    <context>
        <name>LabClassPage</name>
        <message>
            <source>The targets file “%1” cannot be read: %2</source>
            <translation>无法读取目标列表文件“%1”：%2</translation>
        </message>
        <message>
            <source>The targets file “%1” is too big to be a class list.</source>
            <translation>目标列表文件“%1”太大，不像是一个班级名单。</translation>
        </message>
        <message>
            <source>The targets file “%1” cannot be used: %2</source>
            <translation>无法使用目标列表文件“%1”：%2</translation>
        </message>
        <message>
            <source>The targets file “%1” lists no student. Write one line per student: a name and HOST:PORT.</source>
            <translation>目标列表文件“%1”中没有学生。请每行写一名学生：姓名和 主机:端口。</translation>
        </message>
        <message>
            <source>Open a targets file</source>
            <translation>打开目标列表文件</translation>
        </message>
        <message>
            <source>Targets files (*.txt);;All files (*)</source>
            <translation>目标列表文件 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Class mode checks servers; this lab checks a client. Use “One program” for it.</source>
            <translation>全班模式只检查服务器；这个实验检查的是客户端。请改用“单个程序”。</translation>
        </message>
        <message>
            <source>Choose a targets file first: one line per student, a name and HOST:PORT.</source>
            <translation>请先选择目标列表文件：每行一名学生，写姓名和 主机:端口。</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Lab “%1” over a class: %2 of %3 students checked</source>
            <translation>实验“%1”（全班）：已检查 %3 名学生中的 %2 名</translation>
        </message>
        <message>
            <source>Checking %1 of %2 students…</source>
            <translation>正在检查：已完成 %2 名学生中的 %1 名…</translation>
        </message>
        <message>
            <source>Click a cell to see that student’s check.</source>
            <translation>点击一个单元格即可查看该学生的这项检查。</translation>
        </message>
        <message>
            <source>Choose a targets file: one line per student, a name and HOST:PORT, e.g. “wang-wei 192.168.1.23:9000”.</source>
            <translation>请选择目标列表文件：每行一名学生，写姓名和 主机:端口，例如“wang-wei 192.168.1.23:9000”。</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) loaded. Press Run to check every server at once.</source>
            <translation>
                <numerusform>已载入 %n 名学生。按“运行”即可同时检查所有服务器。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Targets file:</source>
            <translation>目标列表(&amp;T)：</translation>
        </message>
        <message>
            <source>A text file: one line per student, “name HOST:PORT”</source>
            <translation>一个文本文件：每行一名学生，格式为“姓名 主机:端口”</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>运行(&amp;R)</translation>
        </message>
        <message>
            <source>Check every student's server in the targets file, several at once.</source>
            <translation>检查目标列表中每名学生的服务器，同时检查多台。</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>导出(&amp;X)</translation>
        </message>
        <message>
            <source>Table as &amp;CSV…</source>
            <translation>表格保存为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Every student's &amp;report</source>
            <translation>每名学生的报告(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>LabConnection</name>
        <message>
            <source>UDP socket aimed at %1.</source>
            <translation>UDP 套接字已指向 %1。</translation>
        </message>
        <message>
            <source>Client %1 connected.</source>
            <translation>客户端 %1 已连接。</translation>
        </message>
        <message>
            <source>Client %1 sent its first datagram.</source>
            <translation>客户端 %1 发来了第一个数据报。</translation>
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation>已连接到 %1。</translation>
        </message>
        <message>
            <source>SocketLab had already closed connection %1.</source>
            <translation>SocketLab 已经关闭了连接 %1。</translation>
        </message>
        <message>
            <source>SocketLab had already half-closed connection %1, so it cannot send on it.</source>
            <translation>SocketLab 已经半关闭了连接 %1，不能再在其上发送。</translation>
        </message>
        <message>
            <source>%1 had already closed connection %2, so SocketLab could not send.</source>
            <translation>%1 已经关闭了连接 %2，SocketLab 无法发送。</translation>
        </message>
        <message>
            <source>Connection %1 is UDP, which has no half-close.</source>
            <translation>连接 %1 是 UDP，没有半关闭。</translation>
        </message>
        <message>
            <source>Connection %1 is already closed.</source>
            <translation>连接 %1 已经关闭。</translation>
        </message>
        <message>
            <source>SocketLab half-closed the connection: it sends no more data.</source>
            <translation>SocketLab 半关闭了连接：不再发送数据。</translation>
        </message>
        <message>
            <source>SocketLab closed the connection.</source>
            <translation>SocketLab 关闭了连接。</translation>
        </message>
    </context>
    <context>
        <name>LabExpectation</name>
        <message>
            <source>data starting with “%1”</source>
            <translation>以“%1”开头的数据</translation>
        </message>
        <message>
            <source>the upper-case of what was sent</source>
            <translation>发送内容的大写形式</translation>
        </message>
        <message>
            <source>the same bytes as were sent</source>
            <translation>与发送内容相同的字节</translation>
        </message>
        <message>
            <source>text matching %1</source>
            <translation>匹配 %1 的文本</translation>
        </message>
        <message>
            <source>an HTTP response with status %1</source>
            <translation>状态码为 %1 的 HTTP 响应</translation>
        </message>
        <message>
            <source>a complete HTTP response</source>
            <translation>一个完整的 HTTP 响应</translation>
        </message>
        <message>
            <source>the peer closes the connection</source>
            <translation>对方关闭连接</translation>
        </message>
        <message>
            <source>nothing for %1</source>
            <translation>%1 内没有任何数据</translation>
        </message>
        <message>
            <source>This step expects nothing that SocketLab can check.</source>
            <translation>此步骤没有指定 SocketLab 可以检查的预期内容。</translation>
        </message>
        <message>
            <source>What was expected arrived glued to %1 more in the same piece, so a program reading it cannot tell where one message ends.</source>
            <translation>预期的内容与另外 %1 粘在同一次接收中到达（粘包），读取它的程序无法分辨一条消息在哪里结束。</translation>
        </message>
        <message>
            <source>More than %1 arrived without matching what was expected; SocketLab stopped reading.</source>
            <translation>收到了超过 %1 的数据仍未匹配预期内容；SocketLab 已停止读取。</translation>
        </message>
        <message>
            <source>The connection was closed before anything arrived.</source>
            <translation>还没有收到任何数据，连接就关闭了。</translation>
        </message>
        <message>
            <source>The connection was closed after only %1.</source>
            <translation>连接在只收到%1后就关闭了。</translation>
        </message>
        <message>
            <source>The connection was closed after %1, before what was expected arrived.</source>
            <translation>收到 %1 后连接就关闭了，预期的内容没有到达。</translation>
        </message>
        <message>
            <source>Nothing arrived within %1.</source>
            <translation>%1 内没有收到任何数据。</translation>
        </message>
        <message>
            <source>Only %1 arrived within %2.</source>
            <translation>%2 内只收到了 %1。</translation>
        </message>
        <message>
            <source>%1 arrived within %2, but not what was expected.</source>
            <translation>%2 内收到了 %1，但不是预期的内容。</translation>
        </message>
        <message>
            <source>The lab expects an empty text, which cannot be received.</source>
            <translation>实验要求收到空文本，这是无法接收的。</translation>
        </message>
        <message>
            <source>Nothing was sent on connection %1 before, so there is nothing to compare with.</source>
            <translation>此前没有在连接 %1 上发送过数据，因此没有可比较的内容。</translation>
        </message>
        <message>
            <source>What arrived differs from what was expected from byte %1 on.</source>
            <translation>收到的数据从第 %1 个字节起与预期不同。</translation>
        </message>
        <message>
            <source>What arrived does not start with “%1”.</source>
            <translation>收到的数据不是以“%1”开头。</translation>
        </message>
        <message>
            <source>Data kept arriving for %1 without a pause of %2.</source>
            <translation>数据在 %1 内持续到达，中间没有 %2 的停顿。</translation>
        </message>
        <message>
            <source>The pattern %1 is not a valid regular expression: %2</source>
            <translation>模式 %1 不是有效的正则表达式：%2</translation>
        </message>
        <message>
            <source>What arrived does not match %1.</source>
            <translation>收到的数据与 %1 不匹配。</translation>
        </message>
        <message>
            <source>The HTTP response was not complete within %1 (%2 arrived).</source>
            <translation>%1 内 HTTP 响应仍不完整（已收到 %2）。</translation>
        </message>
        <message>
            <source>The status is %1, not %2 (“%3”).</source>
            <translation>状态码是 %1，而不是 %2（“%3”）。</translation>
        </message>
        <message>
            <source>The response has no %1 header.</source>
            <translation>响应中没有 %1 头部。</translation>
        </message>
        <message>
            <source>The response has no body.</source>
            <translation>响应没有正文。</translation>
        </message>
        <message>
            <source>%1 arrived where the connection should have been closed.</source>
            <translation>连接本应关闭，却收到了 %1。</translation>
        </message>
        <message>
            <source>The connection was still open after %1.</source>
            <translation>%1 后连接仍未关闭。</translation>
        </message>
        <message>
            <source>%1 arrived where nothing should have.</source>
            <translation>本不应收到任何数据，却收到了 %1。</translation>
        </message>
    </context>
    <context>
        <name>LabFileParser</name>
        <message>
            <source>“%1” must be a text in quotes.</source>
            <translation>“%1”必须是加引号的文本。</translation>
        </message>
        <message>
            <source>“%1” must not be empty.</source>
            <translation>“%1”不能为空。</translation>
        </message>
        <message>
            <source>“%1” must be a whole number from %2 to %3.</source>
            <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
        </message>
        <message>
            <source>“%1” must be a time in milliseconds, a whole number from 1 to %2.</source>
            <translation>“%1”必须是以毫秒为单位的时间，即 1 到 %2 之间的整数。</translation>
        </message>
        <message>
            <source>“%1” must be true or false.</source>
            <translation>“%1”必须是 true 或 false。</translation>
        </message>
        <message>
            <source>“%1” must be true (leave the key out otherwise).</source>
            <translation>“%1”必须是 true（否则请省略这个键）。</translation>
        </message>
        <message>
            <source>“%1” must be texts by language, e.g. {"en": "Echo server", "zh_CN": "回显服务器"}.</source>
            <translation>“%1”必须是按语言给出的文本，例如 {"en": "Echo server", "zh_CN": "回显服务器"}。</translation>
        </message>
        <message>
            <source>“%1” is not a language code; use codes such as “en” and “zh_CN”.</source>
            <translation>“%1”不是语言代码；请使用“en”和“zh_CN”这样的代码。</translation>
        </message>
        <message>
            <source>The “%1” text must be a text in quotes.</source>
            <translation>“%1”文本必须是加引号的文本。</translation>
        </message>
        <message>
            <source>“%1” needs a text in at least one language.</source>
            <translation>“%1”至少需要一种语言的文本。</translation>
        </message>
        <message>
            <source>“%1” is not a valid placeholder; write ${name}, with letters, digits and _ in the name.</source>
            <translation>“%1”不是有效的占位符；请写成 ${name}，名称只能包含字母、数字和 _。</translation>
        </message>
        <message>
            <source>${%1} is not defined here; an explanation may use ${expected}, ${received}, ${sent}, ${timeout}, ${step}, the lab's parameters and the named groups of a regex in the same check.</source>
            <translation>${%1} 在这里没有定义；说明中可以使用 ${expected}、${received}、${sent}、${timeout}、${step}、实验的参数，以及同一检查中正则表达式的命名分组。</translation>
        </message>
        <message>
            <source>${%1} is not defined here; a text may use the lab's parameters and the named groups of a regex earlier in the same check.</source>
            <translation>${%1} 在这里没有定义；文本中可以使用实验的参数，以及同一检查中前面的正则表达式的命名分组。</translation>
        </message>
        <message>
            <source>The key “%1” is given twice in the same object; keep only one.</source>
            <translation>键“%1”在同一个对象中出现了两次；请只保留一个。</translation>
        </message>
        <message>
            <source>This is not a SocketLab lab file: it has no “format”: "%1".</source>
            <translation>这不是 SocketLab 实验文件：其中没有“format”: "%1"。</translation>
        </message>
        <message>
            <source>This lab file is not in a format this SocketLab reads: “format” must be "%1".</source>
            <translation>此实验文件的格式不是这个版本的 SocketLab 能读取的：“format”必须是 "%1"。</translation>
        </message>
        <message>
            <source>Unknown key “%1” in the lab; a lab has the keys %2.</source>
            <translation>实验中有未知的键“%1”；实验可以有的键为 %2。</translation>
        </message>
        <message>
            <source>The lab has no “%1”; every lab needs one.</source>
            <translation>实验缺少“%1”；每个实验都必须有。</translation>
        </message>
        <message>
            <source>The id “%1” may only use a-z, 0-9 and -, at most %2 characters.</source>
            <translation>标识“%1”只能使用 a-z、0-9 和 -，最多 %2 个字符。</translation>
        </message>
        <message>
            <source>“role” must be "server" (the student wrote a server) or "client" (the student wrote a client).</source>
            <translation>“role”必须是 "server"（学生编写的是服务器）或 "client"（学生编写的是客户端）。</translation>
        </message>
        <message>
            <source>“checks” must be a list of checks: [ {…}, {…} ].</source>
            <translation>“checks”必须是检查的列表：[ {…}, {…} ]。</translation>
        </message>
        <message>
            <source>The lab has no checks; it needs at least one.</source>
            <translation>实验中没有检查；至少需要一个。</translation>
        </message>
        <message>
            <source>The lab has %1 checks; at most %2 are allowed.</source>
            <translation>实验有 %1 个检查；最多允许 %2 个。</translation>
        </message>
        <message>
            <source>“parameters” must be a list: [ {"name": "file", "default": "test.txt"} ].</source>
            <translation>“parameters”必须是列表：[ {"name": "file", "default": "test.txt"} ]。</translation>
        </message>
        <message>
            <source>The lab has %1 parameters; at most %2 are allowed.</source>
            <translation>实验有 %1 个参数；最多允许 %2 个。</translation>
        </message>
        <message>
            <source>Each parameter must be an object: {"name": "file", "default": "test.txt"}.</source>
            <translation>每个参数都必须是一个对象：{"name": "file", "default": "test.txt"}。</translation>
        </message>
        <message>
            <source>Unknown key “%1” in a parameter; a parameter has the keys %2.</source>
            <translation>参数中有未知的键“%1”；参数可以有的键为 %2。</translation>
        </message>
        <message>
            <source>The parameter has no “%1”; every parameter needs one.</source>
            <translation>参数缺少“%1”；每个参数都必须有。</translation>
        </message>
        <message>
            <source>The name “%1” may only use letters, digits and _, and must not start with a digit.</source>
            <translation>名称“%1”只能使用字母、数字和 _，并且不能以数字开头。</translation>
        </message>
        <message>
            <source>The name “%1” is reserved for explanations; choose another one.</source>
            <translation>名称“%1”已保留给说明使用；请换一个名称。</translation>
        </message>
        <message>
            <source>Two parameters are named “%1”; each needs its own name.</source>
            <translation>有两个参数都叫“%1”；每个参数都需要自己的名称。</translation>
        </message>
        <message>
            <source>Each check must be an object: {"id": …, "title": …, "steps": […]}.</source>
            <translation>每个检查都必须是一个对象：{"id": …, "title": …, "steps": […]}。</translation>
        </message>
        <message>
            <source>Unknown key “%1” in a check; a check has the keys %2.</source>
            <translation>检查中有未知的键“%1”；检查可以有的键为 %2。</translation>
        </message>
        <message>
            <source>The check has no “%1”; every check needs one.</source>
            <translation>检查缺少“%1”；每个检查都必须有。</translation>
        </message>
        <message>
            <source>Two checks have the id “%1”; each check needs its own.</source>
            <translation>有两个检查的标识都是“%1”；每个检查都需要自己的标识。</translation>
        </message>
        <message>
            <source>“steps” must be a list of steps: [ {"connect": "a"}, … ].</source>
            <translation>“steps”必须是步骤的列表：[ {"connect": "a"}, … ]。</translation>
        </message>
        <message>
            <source>The check has no steps; it needs at least one.</source>
            <translation>检查中没有步骤；至少需要一个。</translation>
        </message>
        <message>
            <source>The check has %1 steps; at most %2 are allowed.</source>
            <translation>检查有 %1 个步骤；最多允许 %2 个。</translation>
        </message>
        <message>
            <source>Each step must be an object, e.g. {"send": "a", "text": "hello"}.</source>
            <translation>每个步骤都必须是一个对象，例如 {"send": "a", "text": "hello"}。</translation>
        </message>
        <message>
            <source>Unknown key “%1” in a step; a step has one of the keys %2 and the keys that go with it.</source>
            <translation>步骤中有未知的键“%1”；步骤必须有 %2 之一，以及与之配套的键。</translation>
        </message>
        <message>
            <source>This step does nothing; it needs one of the keys %1.</source>
            <translation>这个步骤什么也不做；它需要 %1 中的一个键。</translation>
        </message>
        <message>
            <source>This step has both “%1” and “%2”; a step does one thing, so split it in two.</source>
            <translation>这个步骤同时有“%1”和“%2”；一个步骤只做一件事，请把它拆成两个步骤。</translation>
        </message>
        <message>
            <source>“%1” does not belong in a “%2” step; that step may have %3.</source>
            <translation>“%1”不能用在“%2”步骤中；该步骤可以有 %3。</translation>
        </message>
        <message>
            <source>“%1” needs a TCP connection; connection “%2” is UDP.</source>
            <translation>“%1”需要 TCP 连接；连接“%2”是 UDP。</translation>
        </message>
        <message>
            <source>“%1” must name a connection, e.g. "a": letters, digits, - and _, at most 32 characters.</source>
            <translation>“%1”必须给出连接名，例如 "a"：字母、数字、- 和 _，最多 32 个字符。</translation>
        </message>
        <message>
            <source>Connection “%1” is not open here; a check starts with no connection, so open it first with {"connect": "%1"}.</source>
            <translation>连接“%1”在这里尚未打开；每个检查开始时都没有连接，请先用 {"connect": "%1"} 打开它。</translation>
        </message>
        <message>
            <source>Connection “%1” is not open here; a check starts with no connection, so wait for the client first with {"accept": "%1"}.</source>
            <translation>连接“%1”在这里尚未打开；每个检查开始时都没有连接，请先用 {"accept": "%1"} 等待客户端。</translation>
        </message>
        <message>
            <source>“connect” is for server labs; in a client lab SocketLab waits for the student's client with “accept”.</source>
            <translation>“connect”用于服务器实验；在客户端实验中，SocketLab 用“accept”等待学生的客户端。</translation>
        </message>
        <message>
            <source>“accept” is for client labs; in a server lab SocketLab connects to the student's server with “connect”.</source>
            <translation>“accept”用于客户端实验；在服务器实验中，SocketLab 用“connect”连接学生的服务器。</translation>
        </message>
        <message>
            <source>Connection “%1” is already open; close it before opening it again.</source>
            <translation>连接“%1”已经打开；请先关闭它，再重新打开。</translation>
        </message>
        <message>
            <source>“protocol” must be "tcp" or "udp".</source>
            <translation>“protocol”必须是 "tcp" 或 "udp"。</translation>
        </message>
        <message>
            <source>Connection “%1” was shut down for sending earlier in this check; nothing more can be sent on it.</source>
            <translation>连接“%1”在本检查前面已关闭发送方向；不能再在它上面发送任何内容。</translation>
        </message>
        <message>
            <source>This send step has nothing to send; give one of “text”, “hex” or “fill”.</source>
            <translation>这个发送步骤没有要发送的内容；请给出“text”、“hex”或“fill”之一。</translation>
        </message>
        <message>
            <source>This send step has both “%1” and “%2”; give only one of “text”, “hex” or “fill”.</source>
            <translation>这个发送步骤同时有“%1”和“%2”；请只给出“text”、“hex”或“fill”中的一个。</translation>
        </message>
        <message>
            <source>“hex” is not valid: %1</source>
            <translation>“hex”无效：%1</translation>
        </message>
        <message>
            <source>“hex” must give at least one byte.</source>
            <translation>“hex”至少要给出一个字节。</translation>
        </message>
        <message>
            <source>“fill” must be an object: {"text": "abcdefghij", "count": 3000}.</source>
            <translation>“fill”必须是一个对象：{"text": "abcdefghij", "count": 3000}。</translation>
        </message>
        <message>
            <source>Unknown key “%1” in “fill”; it has the keys %2.</source>
            <translation>“fill”中有未知的键“%1”；它可以有的键为 %2。</translation>
        </message>
        <message>
            <source>“fill” has no “%1”; it needs both “text” and “count”.</source>
            <translation>“fill”缺少“%1”；它同时需要“text”和“count”。</translation>
        </message>
        <message>
            <source>The text of “fill” is repeated as written; it cannot use ${placeholders}.</source>
            <translation>“fill”的文本会按原样重复；其中不能使用 ${占位符}。</translation>
        </message>
        <message>
            <source>“pieces” must be a list of piece sizes in bytes, e.g. [1000, 1000].</source>
            <translation>“pieces”必须是以字节为单位的分段大小列表，例如 [1000, 1000]。</translation>
        </message>
        <message>
            <source>“pieces” has %1 sizes; at most %2 are allowed.</source>
            <translation>“pieces”有 %1 个大小；最多允许 %2 个。</translation>
        </message>
        <message>
            <source>Each piece size must be a whole number of bytes from 1 to %1.</source>
            <translation>每个分段大小都必须是 1 到 %1 之间的整数字节数。</translation>
        </message>
        <message>
            <source>“pause” goes with “pieces”: it is the pause between the pieces.</source>
            <translation>“pause”要与“pieces”一起使用：它是分段之间的停顿。</translation>
        </message>
        <message>
            <source>“count” must be a number of bytes from 1 to %1, or one placeholder such as "${size}".</source>
            <translation>“count”必须是 1 到 %1 之间的字节数，或者是一个占位符，例如 "${size}"。</translation>
        </message>
        <message>
            <source>“http” must be an object, e.g. {"status": 200, "body": true}.</source>
            <translation>“http”必须是一个对象，例如 {"status": 200, "body": true}。</translation>
        </message>
        <message>
            <source>Unknown key “%1” in “http”; it may have the keys %2.</source>
            <translation>“http”中有未知的键“%1”；它可以有的键为 %2。</translation>
        </message>
        <message>
            <source>A response to HEAD has no body, so “body” cannot be true together with “head”.</source>
            <translation>对 HEAD 的响应没有正文，所以“body”不能与“head”同时为 true。</translation>
        </message>
        <message>
            <source>“headers” must be a list of header names, e.g. ["Content-Type"].</source>
            <translation>“headers”必须是头部名称的列表，例如 ["Content-Type"]。</translation>
        </message>
        <message>
            <source>Each entry of “headers” must be a header name such as "Content-Type".</source>
            <translation>“headers”中的每一项都必须是头部名称，例如 "Content-Type"。</translation>
        </message>
        <message>
            <source>This expect step says nothing to expect; give one of %1.</source>
            <translation>这个期望步骤没有说明要期望什么；请给出 %1 之一。</translation>
        </message>
        <message>
            <source>This expect step has both “%1” and “%2”; give exactly one of %3.</source>
            <translation>这个期望步骤同时有“%1”和“%2”；请只给出 %3 中的一个。</translation>
        </message>
        <message>
            <source>“%1” does not apply to “%2”; it goes with %3.</source>
            <translation>“%1”不适用于“%2”；它要与 %3 一起使用。</translation>
        </message>
        <message>
            <source>The regular expression is not valid: %1 (at character %2).</source>
            <translation>正则表达式无效：%1（在第 %2 个字符处）。</translation>
        </message>
        <message>
            <source>The regex group “%1” has the name of a parameter; rename one of them.</source>
            <translation>正则表达式分组“%1”与一个参数同名；请重命名其中一个。</translation>
        </message>
        <message>
            <source>“%1” compares with the last send on connection “%2”, but nothing was sent on it earlier in this check.</source>
            <translation>“%1”要与连接“%2”上最后一次发送的内容比较，但本检查前面没有在它上面发送过任何内容。</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>The lab file is larger than 1 MiB; a lab file must be at most 1 MiB.</source>
            <translation>实验文件大于 1 MiB；实验文件最多只能有 1 MiB。</translation>
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation>这不是有效的 JSON：%1。</translation>
        </message>
        <message>
            <source>A lab file must be one JSON object: { "format": "socketlab-lab/1", … }.</source>
            <translation>实验文件必须是一个 JSON 对象：{ "format": "socketlab-lab/1", … }。</translation>
        </message>
        <message>
            <source>Cannot open the lab file %1: %2.</source>
            <translation>无法打开实验文件 %1：%2。</translation>
        </message>
    </context>
    <context>
        <name>LabOutcomeLook</name>
        <message>
            <source>○ Not yet run</source>
            <translation>○ 尚未运行</translation>
        </message>
        <message>
            <source>… Running</source>
            <translation>… 正在运行</translation>
        </message>
        <message>
            <source>◷ Waiting for the client</source>
            <translation>◷ 正在等待客户端</translation>
        </message>
        <message>
            <source>✓ Passed</source>
            <translation>✓ 通过</translation>
        </message>
        <message>
            <source>✗ Failed</source>
            <translation>✗ 未通过</translation>
        </message>
        <message>
            <source>– Could not run</source>
            <translation>– 无法运行</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必做</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>知识点</translation>
        </message>
    </context>
    <context>
        <name>LabParameterForm</name>
        <message>
            <source>Default: %1</source>
            <translation>默认值：%1</translation>
        </message>
    </context>
    <context>
        <name>LabProgramPage</name>
        <message>
            <source>Enter the address of the computer your server runs on, e.g. 127.0.0.1.</source>
            <translation>请输入运行你的服务器的计算机地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>Lab “%1”: waiting for the client on port %2</source>
            <translation>实验“%1”：正在端口 %2 上等待客户端</translation>
        </message>
        <message>
            <source>Lab “%1”: check %2 of %3 on %4</source>
            <translation>实验“%1”：正在对 %4 进行第 %2 项检查（共 %3 项）</translation>
        </message>
        <message>
            <source>Could not run: %1</source>
            <translation>无法运行：%1</translation>
        </message>
        <message>
            <source>Opening port %1…</source>
            <translation>正在打开端口 %1…</translation>
        </message>
        <message>
            <source>Listening on port %1. Start your client now: check %2 of %3 waits for it to connect.</source>
            <translation>正在端口 %1 上监听。现在请运行你的客户端：第 %2 项检查（共 %3 项）正在等待它连接。</translation>
        </message>
        <message>
            <source>Listening on port %1: check %2 of %3 is running.</source>
            <translation>正在端口 %1 上监听：第 %2 项检查（共 %3 项）正在运行。</translation>
        </message>
        <message>
            <source>Checking %1: check %2 of %3 is running.</source>
            <translation>正在检查 %1：第 %2 项检查（共 %3 项）正在运行。</translation>
        </message>
        <message>
            <source>Done: %1 passed every required check.</source>
            <translation>完成：%1 通过了全部必做检查。</translation>
        </message>
        <message>
            <source>Done: %1 did not pass every required check. Select a failed check to see why.</source>
            <translation>完成：%1 没有通过全部必做检查。选择一项未通过的检查即可查看原因。</translation>
        </message>
        <message>
            <source>Press “Wait for the client”, then start your client: SocketLab plays the server and checks what your client does.</source>
            <translation>请按“等待客户端”，然后运行你的客户端：SocketLab 充当服务器，检查你的客户端的行为。</translation>
        </message>
        <message>
            <source>Start your server, enter where it listens, then press Run.</source>
            <translation>请先启动你的服务器，填写它监听的地址和端口，然后按“运行”。</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <source>The computer your server runs on: 127.0.0.1 for this one, or another computer's address. HOST:PORT works too.</source>
            <translation>运行你的服务器的计算机：本机填 127.0.0.1，否则填另一台计算机的地址。也可以填写 主机:端口。</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Listen on:</source>
            <translation>监听地址(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Wait for the client</source>
            <translation>等待客户端(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>运行(&amp;R)</translation>
        </message>
        <message>
            <source>Listen on this port and run the checks as your client connects.</source>
            <translation>在这个端口上监听，你的客户端连接后依次运行各项检查。</translation>
        </message>
        <message>
            <source>Connect to your server and run every check.</source>
            <translation>连接到你的服务器并运行全部检查。</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>导出(&amp;X)</translation>
        </message>
        <message>
            <source>Save the report as text, JSON or JUnit XML.</source>
            <translation>把报告保存为文本、JSON 或 JUnit XML。</translation>
        </message>
    </context>
    <context>
        <name>LabReportExport</name>
        <message>
            <source>“%1” could not be written: %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
        <message>
            <source>Report as &amp;Text…</source>
            <translation>报告保存为文本(&amp;T)…</translation>
        </message>
        <message>
            <source>Report as &amp;JSON…</source>
            <translation>报告保存为 JSON(&amp;J)…</translation>
        </message>
        <message>
            <source>Report as J&amp;Unit XML…</source>
            <translation>报告保存为 JUnit XML(&amp;U)…</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>JUnit XML files (*.xml)</source>
            <translation>JUnit XML 文件 (*.xml)</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>导出报告</translation>
        </message>
    </context>
    <context>
        <name>LabReportWriter</name>
        <message>
            <source>PASS</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>NOT RUN</source>
            <translation>未运行</translation>
        </message>
        <message>
            <source>RUNNING</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>PENDING</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>第 %1 步：%2</translation>
        </message>
        <message>
            <source>Step %1.</source>
            <translation>第 %1 步。</translation>
        </message>
        <message>
            <source>Expected: %1</source>
            <translation>期望：%1</translation>
        </message>
        <message>
            <source>Expected: %1 bytes in all, the first %2 shown below.</source>
            <translation>期望：共 %1 字节，下面只列出前 %2 字节。</translation>
        </message>
        <message>
            <source>Expected bytes: %1</source>
            <translation>期望的字节：%1</translation>
        </message>
        <message>
            <source>Expected in hex: %1</source>
            <translation>期望的十六进制：%1</translation>
        </message>
        <message>
            <source>Received: nothing.</source>
            <translation>收到：什么也没有。</translation>
        </message>
        <message>
            <source>Received: %1 bytes in all, the first %2 shown below.</source>
            <translation>收到：共 %1 字节，下面显示前 %2 字节。</translation>
        </message>
        <message>
            <source>Received: %1</source>
            <translation>收到：%1</translation>
        </message>
        <message>
            <source>Received in hex: %1</source>
            <translation>收到的十六进制：%1</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>Likely cause: %1</source>
            <translation>可能的原因：%1</translation>
        </message>
        <message>
            <source>Check %1, “%2”, did not run.</source>
            <translation>检查 %1“%2”没有运行。</translation>
        </message>
        <message>
            <source>Lesson %1, “%2”, was not passed (lessons never fail the lab).</source>
            <translation>知识点 %1“%2”未通过（知识点不会让实验失败）。</translation>
        </message>
        <message>
            <source>Check %1, “%2”, failed.</source>
            <translation>检查 %1“%2”失败。</translation>
        </message>
        <message>
            <source>Result: no check ran.</source>
            <translation>结果：没有运行任何检查。</translation>
        </message>
        <message>
            <source>Result: passed, %1 of %2 required checks passed.</source>
            <translation>结果：通过，%2 项必需检查中通过了 %1 项。</translation>
        </message>
        <message>
            <source>Result: FAILED, %1 of %2 required checks passed.</source>
            <translation>结果：失败，%2 项必需检查中只通过了 %1 项。</translation>
        </message>
        <message>
            <source>Lab “%1” (%2) for %3 at %4</source>
            <translation>实验“%1”（%2），对象 %3，地址 %4</translation>
        </message>
        <message>
            <source>Lab “%1” (%2) against %3</source>
            <translation>实验“%1”（%2），目标 %3</translation>
        </message>
        <message>
            <source>Lesson, not required; not passed: %1</source>
            <translation>知识点，非必需；未通过：%1</translation>
        </message>
        <message>
            <source>Did not run: %1</source>
            <translation>没有运行：%1</translation>
        </message>
        <message>
            <source>Did not run.</source>
            <translation>没有运行。</translation>
        </message>
        <message>
            <source>The check failed.</source>
            <translation>检查失败。</translation>
        </message>
        <message>
            <source>%1 (lesson)</source>
            <translation>%1（知识点）</translation>
        </message>
    </context>
    <context>
        <name>LabRunner</name>
        <message>
            <source>listening on %1</source>
            <translation>正在监听 %1</translation>
        </message>
        <message>
            <source>The run was stopped before this check finished.</source>
            <translation>此检查完成之前运行已被停止。</translation>
        </message>
        <message>
            <source>Connection %1 was not opened in this check (a connect or accept step must come first).</source>
            <translation>本检查中没有打开连接 %1（必须先有 connect 或 accept 步骤）。</translation>
        </message>
        <message>
            <source>The server stopped accepting connections after check “%1” failed.</source>
            <translation>检查“%1”失败后，服务器不再接受连接。</translation>
        </message>
        <message>
            <source>“%1” is not a number of bytes.</source>
            <translation>“%1”不是字节数。</translation>
        </message>
        <message>
            <source>What was expected did not arrive within %1.</source>
            <translation>预期的内容没有在 %1 内到达。</translation>
        </message>
        <message>
            <source>The server %1 did not answer within %2.</source>
            <translation>服务器 %1 在 %2 内没有应答。</translation>
        </message>
        <message>
            <source>No datagram from a new client arrived within %1.</source>
            <translation>%1 内没有收到新客户端的数据报。</translation>
        </message>
        <message>
            <source>No client connected within %1.</source>
            <translation>%1 内没有客户端连接。</translation>
        </message>
        <message>
            <source>SocketLab stopped recording this check's traffic here: there was too much of it.</source>
            <translation>SocketLab 在此处停止记录本检查的通信：数据太多了。</translation>
        </message>
        <message>
            <source>The rest was not sent: the peer had answered and closed the connection.</source>
            <translation>其余部分没有发送：对方已经作出回答并关闭了连接。</translation>
        </message>
    </context>
    <context>
        <name>LabStepText</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Open a UDP socket to the server (connection %1)</source>
            <translation>打开一个指向服务器的 UDP 套接字（连接 %1）</translation>
        </message>
        <message>
            <source>Connect to the server (connection %1)</source>
            <translation>连接服务器（连接 %1）</translation>
        </message>
        <message>
            <source>Wait for the first datagram from a new client (connection %1)</source>
            <translation>等待新客户端的第一个数据报（连接 %1）</translation>
        </message>
        <message>
            <source>Wait for the client to connect (connection %1)</source>
            <translation>等待客户端连接（连接 %1）</translation>
        </message>
        <message>
            <source>Send %1 on %2 in pieces, %3 apart: %4</source>
            <translation>在连接 %2 上分段发送 %1，每段间隔 %3：%4</translation>
        </message>
        <message>
            <source>Send %1 on %2 in pieces: %3</source>
            <translation>在连接 %2 上分段发送 %1：%3</translation>
        </message>
        <message>
            <source>Send %1 on %2: %3</source>
            <translation>在连接 %2 上发送 %1：%3</translation>
        </message>
        <message>
            <source>Wait for “%1” on %2</source>
            <translation>等待连接 %2 上收到“%1”</translation>
        </message>
        <message>
            <source>Wait for data starting with “%1” on %2</source>
            <translation>等待连接 %2 上以“%1”开头的数据</translation>
        </message>
        <message>
            <source>Wait for text matching %1 on %2</source>
            <translation>等待连接 %2 上匹配 %1 的文本</translation>
        </message>
        <message>
            <source>Wait for the upper-case of what was sent on %1</source>
            <translation>等待连接 %1 上返回刚才发送内容的大写形式</translation>
        </message>
        <message>
            <source>Wait for the echo of what was sent on %1</source>
            <translation>等待连接 %1 上原样回显刚才发送的内容</translation>
        </message>
        <message>
            <source>Wait for %1 bytes on %2</source>
            <translation>等待连接 %2 上收到 %1 字节</translation>
        </message>
        <message>
            <source>Wait for an HTTP response with status %1 on %2</source>
            <translation>等待连接 %2 上状态码为 %1 的 HTTP 响应</translation>
        </message>
        <message>
            <source>Wait for an HTTP response on %1</source>
            <translation>等待连接 %1 上的 HTTP 响应</translation>
        </message>
        <message>
            <source>Wait for the server to close %1</source>
            <translation>等待服务器关闭连接 %1</translation>
        </message>
        <message>
            <source>Wait for the client to close %1</source>
            <translation>等待客户端关闭连接 %1</translation>
        </message>
        <message>
            <source>Check that nothing arrives on %1 for %2</source>
            <translation>确认 %2 内连接 %1 上没有收到任何数据</translation>
        </message>
        <message>
            <source>Wait for data on %1</source>
            <translation>等待连接 %1 上的数据</translation>
        </message>
        <message>
            <source>Half-close %1 (SocketLab sends no more data)</source>
            <translation>半关闭连接 %1（SocketLab 不再发送数据）</translation>
        </message>
        <message>
            <source>Close %1</source>
            <translation>关闭连接 %1</translation>
        </message>
        <message>
            <source>Wait %1</source>
            <translation>等待 %1</translation>
        </message>
    </context>
    <context>
        <name>LabTab</name>
        <message>
            <source>The lab “%1” has no parameter “%2”.</source>
            <translation>实验“%1”没有参数“%2”。</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>实验</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>检查：</translation>
        </message>
        <message>
            <source>&amp;One program</source>
            <translation>单个程序(&amp;O)</translation>
        </message>
        <message>
            <source>Check your own server or client.</source>
            <translation>检查你自己的服务器或客户端。</translation>
        </message>
        <message>
            <source>A whole &amp;class</source>
            <translation>全班(&amp;C)</translation>
        </message>
        <message>
            <source>For teachers: check every student's server listed in a targets file.</source>
            <translation>教师使用：检查目标列表文件中每名学生的服务器。</translation>
        </message>
        <message>
            <source>%1 writes a report from the command line; in the window, use Export once the run has finished.</source>
            <translation>%1 用于在命令行中写出报告；在窗口中，请在运行结束后使用“导出”。</translation>
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
        <name>ListenOnWidget</name>
        <message>
            <source>any address (IPv4 and IPv6)</source>
            <translation>任意地址（IPv4 和 IPv6）</translation>
        </message>
        <message>
            <source>any IPv4 address</source>
            <translation>任意 IPv4 地址</translation>
        </message>
        <message>
            <source>any IPv6 address</source>
            <translation>任意 IPv6 地址</translation>
        </message>
        <message>
            <source>any address (IPv4 and IPv6), port %1</source>
            <translation>任意地址（IPv4 和 IPv6），端口 %1</translation>
        </message>
        <message>
            <source>any IPv4 address, port %1</source>
            <translation>任意 IPv4 地址，端口 %1</translation>
        </message>
        <message>
            <source>any IPv6 address, port %1</source>
            <translation>任意 IPv6 地址，端口 %1</translation>
        </message>
        <message>
            <source>“%1” is not an IP address. Pick one of the listed addresses or type one such as 127.0.0.1.</source>
            <translation>“%1”不是 IP 地址。请从列出的地址中选择一个，或输入一个地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>Any IPv4 address (0.0.0.0)</source>
            <translation>任意 IPv4 地址（0.0.0.0）</translation>
        </message>
        <message>
            <source>Any IPv6 address (::)</source>
            <translation>任意 IPv6 地址（::）</translation>
        </message>
        <message>
            <source>The local address to listen on. “Any address” accepts clients from other machines over IPv4 and IPv6; localhost only from this one.</source>
            <translation>要监听的本机地址。“任意地址”接受其他计算机通过 IPv4 和 IPv6 连接的客户端；localhost 只接受本机的客户端。</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>0 lets the system pick a free port; the state line shows the one it chose.</source>
            <translation>0 表示由系统挑选一个空闲端口；状态行会显示它选中的端口。</translation>
        </message>
    </context>
    <context>
        <name>LocalizedText</name>
        <message>
            <source>en</source>
            <extracomment>The language code of this translation, exactly "en" or "zh_CN": lab files carry their own texts in several languages and SocketLab picks the one matching this code.</extracomment>
            <translation>zh_CN</translation>
        </message>
    </context>
    <context>
        <name>LogSaveDialog</name>
        <message>
            <source>Save the log as CSV</source>
            <translation>将日志保存为 CSV</translation>
        </message>
        <message>
            <source>Save the log as text</source>
            <translation>将日志保存为文本</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Text files (*.txt *.log);;All files (*)</source>
            <translation>文本文件 (*.txt *.log);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>Save the log as events (JSON Lines)</source>
            <translation>将日志另存为事件 (JSON Lines)</translation>
        </message>
        <message>
            <source>Events files (*.jsonl);;All files (*)</source>
            <translation>事件文件 (*.jsonl);;所有文件 (*)</translation>
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
            <translation>窗口中无法打开“%1”；可用的有：%2。</translation>
        </message>
        <message>
            <source>About SocketLab</source>
            <translation>关于 SocketLab</translation>
        </message>
        <message>
            <source>Log &amp;Size…</source>
            <translation>日志容量(&amp;S)…</translation>
        </message>
        <message>
            <source>How many events each log keeps before dropping the oldest</source>
            <translation>每个日志最多保留多少条事件，超出后丢弃最早的</translation>
        </message>
        <message>
            <source>Log Size</source>
            <translation>日志容量</translation>
        </message>
        <message>
            <source>Each log keeps its newest events and drops older ones. How many events should each log keep?</source>
            <translation>每个日志保留最新的事件，丢弃较早的事件。每个日志应保留多少条事件？</translation>
        </message>
        <message>
            <source>&amp;Quick Start</source>
            <translation>快速入门(&amp;Q)</translation>
        </message>
        <message>
            <source>A short illustrated guide to the current tab</source>
            <translation>当前标签页的简短图解指南</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;A workbench for socket programming: TCP chat, UDP, file transfer and a web server, built on Qt's QTcpServer, QTcpSocket and QUdpSocket.&lt;/p&gt;&lt;p&gt;Made for network-programming lab sessions: every message shows when it arrived, from whom, and where each &lt;code&gt;recv()&lt;/code&gt; chunk ended.&lt;/p&gt;&lt;p&gt;The same engines run without a window: &lt;code&gt;socketlab --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The SocketLab authors. Released under the MIT License.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;套接字编程实验台：TCP 聊天、UDP、文件传输和 Web 服务器，基于 Qt 的 QTcpServer、QTcpSocket 和 QUdpSocket。&lt;/p&gt;&lt;p&gt;为网络编程实验课而做：每条消息都显示何时到达、来自谁，以及每次 &lt;code&gt;recv()&lt;/code&gt; 收到的数据块在哪里结束。&lt;/p&gt;&lt;p&gt;同样的引擎也可以不开窗口运行：&lt;code&gt;socketlab --help&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;版权所有 © 2026 SocketLab 作者。以 MIT 许可证发布。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Show as Hex &amp;and Text</source>
            <translation>以十六进制和文本显示(&amp;A)</translation>
        </message>
        <message>
            <source>Save Log as &amp;Events (JSON Lines)…</source>
            <translation>日志另存为事件 (JSON Lines)(&amp;E)…</translation>
        </message>
        <message>
            <source>Export &amp;Diagram…</source>
            <translation>导出时序图(&amp;D)…</translation>
        </message>
        <message>
            <source>Export the current traffic view's conversation diagram as SVG or PNG</source>
            <translation>将当前通信视图的时序图导出为 SVG 或 PNG</translation>
        </message>
    </context>
    <context>
        <name>ManPage</name>
        <message>
            <source>a workbench for socket programming: TCP, UDP, file transfer and a web server</source>
            <translation>套接字编程工作台：TCP、UDP、文件传输和 Web 服务器</translation>
        </message>
        <message>
            <source>SocketLab is a workbench for socket programming: a TCP server and client, UDP, file transfer and a web server, built to talk to the programs students write.</source>
            <translation>SocketLab 是一个套接字编程工作台：TCP 服务器和客户端、UDP、文件传输和 Web 服务器，专为与学生编写的程序通信而设计。</translation>
        </message>
        <message>
            <source>Without arguments, socketlab opens its window. With --open COMMAND [OPTIONS] it opens the window with that command's tab filled in and started. With a command, it runs without a window: each event is printed on one line on standard output, errors on standard error.</source>
            <translation>不带参数时，socketlab 打开窗口。使用 --open 命令 [选项] 时，打开窗口并填好该命令对应的标签页，然后启动。带命令时，不打开窗口运行：每个事件在标准输出上打印一行，错误打印到标准错误。</translation>
        </message>
        <message>
            <source>The command did its work; a server, after Ctrl+C or SIGTERM.</source>
            <translation>命令完成了它的工作；对服务器而言，是在 Ctrl+C 或 SIGTERM 之后。</translation>
        </message>
        <message>
            <source>A port could not be opened, a connection could not be made, or a transfer failed.</source>
            <translation>端口无法打开、无法建立连接，或者传输失败。</translation>
        </message>
        <message>
            <source>Bad arguments: the reason and the command's usage are printed.</source>
            <translation>参数错误：会打印原因和该命令的用法。</translation>
        </message>
        <message>
            <source>Each command above says exactly when.</source>
            <translation>上面每个命令都说明了具体在什么情况下返回哪个值。</translation>
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
        <name>OptionValues</name>
        <message>
            <source>Address to listen on: any, localhost or an IP address.</source>
            <translation>监听的地址：any、localhost 或 IP 地址。</translation>
        </message>
        <message>
            <source>“%1” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1.</source>
            <translation>“%1”不是可监听的地址：请使用 any、localhost 或 IP 地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>“%1” is not a reply mode: use none, echo, upper or text:STR.</source>
            <translation>“%1”不是回复方式：请使用 none、echo、upper 或 text:STR。</translation>
        </message>
        <message>
            <source>“%1” is not a framing mode: use raw, lines or length.</source>
            <translation>“%1”不是分帧方式：请使用 raw、lines 或 length。</translation>
        </message>
    </context>
    <context>
        <name>PartialFile</name>
        <message>
            <source>Another transfer is writing %1 right now.</source>
            <translation>另一个传输正在写入 %1。</translation>
        </message>
        <message>
            <source>Writing %1 failed: %2</source>
            <translation>写入 %1 失败：%2</translation>
        </message>
        <message>
            <source>Could not give %1 its final name in %2.</source>
            <translation>无法在 %2 中把 %1 改为最终的文件名。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 is not a folder.</source>
            <translation>%1 不是文件夹。</translation>
        </message>
        <message>
            <source>Cannot write into the folder %1 (permission denied or disk full).</source>
            <translation>无法写入文件夹 %1（没有权限或磁盘已满）。</translation>
        </message>
    </context>
    <context>
        <name>PeerListModel</name>
        <message>
            <source>Sender</source>
            <translation>发送方</translation>
        </message>
        <message>
            <source>Datagrams</source>
            <translation>数据报</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>字节</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>最后收到</translation>
        </message>
    </context>
    <context>
        <name>PrefixHasher</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>The file %1 became shorter while it was being read.</source>
            <translation>文件 %1 在读取过程中变短了。</translation>
        </message>
    </context>
    <context>
        <name>PutCommandLine</name>
        <message>
            <source>Uploads a file to a file server.</source>
            <translation>把一个文件上传到文件服务器。</translation>
        </message>
        <message>
            <source>Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted upload resumes where it stopped, and the server confirms the SHA-256 of the whole file.</source>
            <translation>不加 --classic 时使用 SocketLab 的协议 SLFT/1（端口 7891）：中断的上传可以从中断处续传，并由服务器确认整个文件的 SHA-256。</translation>
        </message>
        <message>
            <source>Use the seed's protocol (upload_server.py, port 12800): “NAME&lt;SEPARATOR&gt;SIZE”, wait for the answer, send the bytes, then wait for the server to close the connection.</source>
            <translation>使用示例脚本的协议（upload_server.py，端口 12800）：发送“NAME&lt;SEPARATOR&gt;SIZE”，等待应答，发送文件内容，再等待服务器关闭连接。</translation>
        </message>
        <message>
            <source>The name announced to the server.</source>
            <translation>告诉服务器的文件名。</translation>
        </message>
        <message>
            <source>FILE's own name</source>
            <translation>FILE 本身的文件名</translation>
        </message>
        <message>
            <source>Exit status: 0 when the upload is confirmed (SLFT/1: the server checked the size and the SHA-256; --classic: every byte was sent and the server then closed the connection cleanly, which is all that protocol can tell; a reset means the server did not keep the file), 1 otherwise, 2 on bad arguments.</source>
            <translation>退出状态：上传得到确认时为 0（SLFT/1：服务器核对了大小和 SHA-256；--classic：全部字节已发出，随后服务器正常关闭了连接，这是该协议所能确认的全部；连接被重置说明服务器没有保存文件），否则为 1，参数错误时为 2。</translation>
        </message>
        <message>
            <source>put needs the server and the file: socketlab put HOST:PORT FILE.</source>
            <translation>put 需要服务器和文件：socketlab put HOST:PORT FILE。</translation>
        </message>
        <message>
            <source>“%1” is not a readable file.</source>
            <translation>“%1”不是可读取的文件。</translation>
        </message>
    </context>
    <context>
        <name>QuickSendDelegate</name>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Alt+%1</source>
            <translation>Alt+%1</translation>
        </message>
        <message>
            <source>Send “%1”</source>
            <translation>发送“%1”</translation>
        </message>
        <message>
            <source>Send “%1” (%2)</source>
            <translation>发送“%1”（%2）</translation>
        </message>
        <message>
            <source>%1
Double-click to edit it.</source>
            <translation>%1
双击可编辑。</translation>
        </message>
    </context>
    <context>
        <name>QuickSendFile</name>
        <message>
            <source>“%1” must be a text in quotes.</source>
            <translation>“%1”必须是加引号的文本。</translation>
        </message>
        <message>
            <source>“%1” is %2 characters long; at most %3 are allowed.</source>
            <translation>“%1”长 %2 个字符；最多允许 %3 个。</translation>
        </message>
        <message>
            <source>Each message must be an object: {"name": "Ping", "text": "ping"}.</source>
            <translation>每条消息必须是一个对象：{"name": "Ping", "text": "ping"}。</translation>
        </message>
        <message>
            <source>Unknown key “%1” in a message; a message has the keys %2.</source>
            <translation>消息中有未知的键“%1”；消息可以有的键为 %2。</translation>
        </message>
        <message>
            <source>Message %1 has no “%2”; every message needs one.</source>
            <translation>第 %1 条消息没有“%2”；每条消息都需要它。</translation>
        </message>
        <message>
            <source>“hex” must be true or false.</source>
            <translation>“hex”必须是 true 或 false。</translation>
        </message>
        <message>
            <source>“%1” is not a line ending; “eol” must be "none", "lf" or "crlf".</source>
            <translation>“%1”不是行尾符；“eol”必须是 "none"、"lf" 或 "crlf"。</translation>
        </message>
        <message>
            <source>“%1” is not an encoding SocketLab knows; use "UTF-8", "GBK" or "Latin-1".</source>
            <translation>“%1”不是 SocketLab 认识的编码；请使用 "UTF-8"、"GBK" 或 "Latin-1"。</translation>
        </message>
        <message>
            <source>“%1” is not a checksum SocketLab knows; use one of %2.</source>
            <translation>“%1”不是 SocketLab 认识的校验方式；请使用 %2 之一。</translation>
        </message>
        <message>
            <source>Message %1 (“%2”) cannot be sent: %3</source>
            <translation>第 %1 条消息（“%2”）无法发送：%3</translation>
        </message>
        <message>
            <source>The file is larger than 1 MiB; a quick-send file must be at most 1 MiB.</source>
            <translation>文件大于 1 MiB；快捷发送文件最大为 1 MiB。</translation>
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation>这不是有效的 JSON：%1。</translation>
        </message>
        <message>
            <source>This is not a SocketLab quick-send file: it must be a JSON object with “format”: "%1".</source>
            <translation>这不是 SocketLab 快捷发送文件：它必须是一个带有“format”: "%1" 的 JSON 对象。</translation>
        </message>
        <message>
            <source>The key “%1” is given twice in the same object; keep only one.</source>
            <translation>键“%1”在同一个对象中出现了两次；请只保留一个。</translation>
        </message>
        <message>
            <source>Unknown key “%1”; a quick-send file has the keys %2.</source>
            <translation>未知的键“%1”；快捷发送文件可以有的键为 %2。</translation>
        </message>
        <message>
            <source>“version” must be the format's version number, %1.</source>
            <translation>“version”必须是格式的版本号 %1。</translation>
        </message>
        <message>
            <source>This file is version %1 of the quick-send format, but this SocketLab reads version %2. Use a newer SocketLab, or export the messages again from the version that wrote them.</source>
            <translation>此文件是快捷发送格式的第 %1 版，而此 SocketLab 读取第 %2 版。请使用更新的 SocketLab，或在写出它的版本中重新导出这些消息。</translation>
        </message>
        <message>
            <source>“items” must be a list of messages: [ {"name": "Ping", "text": "ping"}, … ].</source>
            <translation>“items”必须是消息列表：[ {"name": "Ping", "text": "ping"}, … ]。</translation>
        </message>
        <message>
            <source>The file has %1 messages; at most %2 are allowed.</source>
            <translation>文件中有 %1 条消息；最多允许 %2 条。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>无法写入 %1：%2。</translation>
        </message>
        <message>
            <source>Cannot open %1: %2.</source>
            <translation>无法打开 %1：%2。</translation>
        </message>
    </context>
    <context>
        <name>QuickSendItem</name>
        <message>
            <source>Nothing to send: the message is empty. Type something, or choose a line ending to send just that.</source>
            <translation>没有可发送的内容：消息为空。请输入内容，或选择一个行尾符只发送行尾符。</translation>
        </message>
    </context>
    <context>
        <name>QuickSendItemDialog</name>
        <message>
            <source>Add a quick-send message</source>
            <translation>添加快捷发送消息</translation>
        </message>
        <message>
            <source>Edit a quick-send message</source>
            <translation>编辑快捷发送消息</translation>
        </message>
        <message>
            <source>A short name, e.g. Read registers</source>
            <translation>简短的名称，例如：读寄存器</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>十六进制</translation>
        </message>
        <message>
            <source>Send the text as typed, or type the bytes in hex (e.g. 48 65 6c 6c 6f)</source>
            <translation>按输入的文本发送，或以十六进制输入字节（例如 48 65 6c 6c 6f）</translation>
        </message>
        <message>
            <source>No checksum</source>
            <translation>不加校验</translation>
        </message>
        <message>
            <source>Checksum appended after the line ending; it covers the message and its line ending</source>
            <translation>附加在行尾符之后的校验；它覆盖消息及其行尾符</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>消息(&amp;M)：</translation>
        </message>
        <message>
            <source>Sent as:</source>
            <translation>发送方式：</translation>
        </message>
        <message>
            <source>The message keeps these choices wherever it is sent from; the choices under the send box's editor do not change it.</source>
            <translation>无论从哪里发送，这条消息都保持这些选择；发送框编辑区下方的选项不会改变它。</translation>
        </message>
        <message>
            <source>The message is %1 characters long; a quick-send message holds at most %2.</source>
            <translation>消息长 %1 个字符；一条快捷发送消息最多 %2 个字符。</translation>
        </message>
        <message>
            <source>Sends %1: %2</source>
            <translation>发送 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>QuickSendList</name>
        <message>
            <source>Hex</source>
            <translation>十六进制</translation>
        </message>
        <message>
            <source>Text, %1</source>
            <translation>文本，%1</translation>
        </message>
        <message>
            <source>+ %1</source>
            <translation>+ %1</translation>
        </message>
        <message>
            <source>cannot be sent: %1</source>
            <translation>无法发送：%1</translation>
        </message>
    </context>
    <context>
        <name>QuickSendLoop</name>
        <message>
            <source>The loop stopped: the quick-send list is empty.</source>
            <translation>循环已停止：快捷发送列表为空。</translation>
        </message>
        <message numerus="yes">
            <source>The loop stopped after %n message(s): there is no one to send to now (the connection closed, or no peer is chosen).</source>
            <translation>
                <numerusform>循环在发送 %n 条消息后停止：现在没有可发送的对象（连接已关闭，或没有选择对端）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The quick-send list is empty: add messages to it first, then loop through them.</source>
            <translation>快捷发送列表为空：请先添加消息，再循环发送。</translation>
        </message>
        <message>
            <source>The loop cannot start: there is no one to send to now (not connected, or no peer is chosen).</source>
            <translation>无法开始循环：现在没有可发送的对象（未连接，或没有选择对端）。</translation>
        </message>
        <message>
            <source>The loop stopped at message %1 (“%2”), which cannot be sent: %3</source>
            <translation>循环停在第 %1 条消息（“%2”），它无法发送：%3</translation>
        </message>
    </context>
    <context>
        <name>QuickSendPanel</name>
        <message>
            <source>The quick-send list has no message %1.</source>
            <translation>快捷发送列表中没有第 %1 条消息。</translation>
        </message>
        <message>
            <source>“%1” was not sent: there is no one to send to now (not connected, or no peer is chosen).</source>
            <translation>“%1”没有发送：现在没有可发送的对象（未连接，或没有选择对端）。</translation>
        </message>
        <message>
            <source>“%1” was not sent: %2</source>
            <translation>“%1”没有发送：%2</translation>
        </message>
        <message>
            <source>The quick-send list holds at most %1 messages; delete some first.</source>
            <translation>快捷发送列表最多容纳 %1 条消息；请先删除一些。</translation>
        </message>
        <message>
            <source>Bring “%1” back</source>
            <translation>恢复“%1”</translation>
        </message>
        <message>
            <source>Deleted “%1”. Undo brings it back.</source>
            <translation>已删除“%1”。点“撤销”可恢复。</translation>
        </message>
        <message>
            <source>Stop loop</source>
            <translation>停止循环</translation>
        </message>
        <message>
            <source>Loop</source>
            <translation>循环发送</translation>
        </message>
        <message>
            <source>Sent %1 of %2; %3 in all.</source>
            <translation>已发第 %1/%2 条；共 %3 条。</translation>
        </message>
        <message>
            <source>Import quick-send messages</source>
            <translation>导入快捷发送消息</translation>
        </message>
        <message>
            <source>Quick-send lists (*.json);;All files (*)</source>
            <translation>快捷发送列表 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>The quick-send list is empty: there is nothing to export.</source>
            <translation>快捷发送列表为空：没有可导出的内容。</translation>
        </message>
        <message>
            <source>Export quick-send messages</source>
            <translation>导出快捷发送消息</translation>
        </message>
        <message>
            <source>Nothing was imported from %1. %2</source>
            <translation>没有从 %1 导入任何内容。%2</translation>
        </message>
        <message>
            <source>%1 has no messages: nothing was imported.</source>
            <translation>%1 中没有消息：没有导入任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n message(s). Add them after the messages already in the list, or replace the list with them?</source>
            <translation>
                <numerusform>%1 中有 %n 条消息。是把它们添加到列表中已有消息的后面，还是用它们替换整个列表？</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>添加到列表</translation>
        </message>
        <message>
            <source>Replace the list</source>
            <translation>替换列表</translation>
        </message>
        <message>
            <source>Nothing was imported from %1: the list would have %2 messages, but it holds at most %3.</source>
            <translation>没有从 %1 导入任何内容：列表将有 %2 条消息，但最多只能容纳 %3 条。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n message(s) from %1.</source>
            <translation>
                <numerusform>已从 %1 导入 %n 条消息。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n message(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 条消息导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>+ Add</source>
            <translation>+ 添加</translation>
        </message>
        <message>
            <source>Add the message in the editor to the list, with its format, line ending, encoding and checksum</source>
            <translation>把编辑区中的消息连同其格式、行尾符、编码和校验一起添加到列表</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit the chosen message: name, content, format, line ending, encoding, checksum (F2, or double-click it)</source>
            <translation>编辑选中的消息：名称、内容、格式、行尾符、编码、校验（F2，或双击它）</translation>
        </message>
        <message>
            <source>Delete the chosen message (Del); Undo brings it back</source>
            <translation>删除选中的消息（Del）；点“撤销”可恢复</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Move the chosen message up</source>
            <translation>把选中的消息上移</translation>
        </message>
        <message>
            <source>Move the chosen message down</source>
            <translation>把选中的消息下移</translation>
        </message>
        <message>
            <source>Import or export the list as a file</source>
            <translation>以文件形式导入或导出列表</translation>
        </message>
        <message>
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <source>&amp;Import a list…</source>
            <translation>导入列表(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export the list…</source>
            <translation>导出列表(&amp;E)…</translation>
        </message>
        <message>
            <source>Send the messages one after the other, again and again, with the pause between two</source>
            <translation>按顺序逐条发送列表中的消息，一轮接一轮，两条之间暂停指定时间</translation>
        </message>
        <message>
            <source>Pause:</source>
            <translation>间隔：</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> 毫秒</translation>
        </message>
        <message>
            <source>Time between two messages of the loop, in milliseconds</source>
            <translation>循环中两条消息之间的时间，单位为毫秒</translation>
        </message>
        <message>
            <source>Quick-send messages</source>
            <translation>快捷发送消息</translation>
        </message>
        <message>
            <source>Saved messages, one click to send: “+ Add” keeps the editor's message; Alt+1…Alt+9 send the first nine.</source>
            <translation>保存的消息，一键发送：“+ 添加”保存编辑区中的消息；Alt+1…Alt+9 发送前九条。</translation>
        </message>
    </context>
    <context>
        <name>QuickStartDialog</name>
        <message>
            <source>SocketLab Quick Start</source>
            <translation>SocketLab 快速入门</translation>
        </message>
        <message>
            <source>TCP</source>
            <translation>TCP</translation>
        </message>
        <message>
            <source>UDP</source>
            <translation>UDP</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Web server</source>
            <translation>Web 服务器</translation>
        </message>
        <message>
            <source>SocketLab: TCP server</source>
            <translation>SocketLab：TCP 服务器</translation>
        </message>
        <message>
            <source>listening on port %1</source>
            <translation>在端口 %1 上监听</translation>
        </message>
        <message>
            <source>TCP client</source>
            <translation>TCP 客户端</translation>
        </message>
        <message>
            <source>this window (Role: Client)</source>
            <translation>本窗口（角色：客户端）</translation>
        </message>
        <message>
            <source>1. connect</source>
            <translation>1. 连接</translation>
        </message>
        <message>
            <source>2. send a message</source>
            <translation>2. 发送消息</translation>
        </message>
        <message>
            <source>3. reply</source>
            <translation>3. 回复</translation>
        </message>
        <message>
            <source>SocketLab: UDP socket</source>
            <translation>SocketLab：UDP 套接字</translation>
        </message>
        <message>
            <source>bound to port %1</source>
            <translation>绑定在端口 %1</translation>
        </message>
        <message>
            <source>Another UDP socket</source>
            <translation>另一个 UDP 套接字</translation>
        </message>
        <message>
            <source>1. datagram</source>
            <translation>1. 数据报</translation>
        </message>
        <message>
            <source>2. datagram back</source>
            <translation>2. 回送的数据报</translation>
        </message>
        <message>
            <source>SocketLab: file server</source>
            <translation>SocketLab：文件服务器</translation>
        </message>
        <message>
            <source>shared folder and inbox</source>
            <translation>共享文件夹和收件文件夹</translation>
        </message>
        <message>
            <source>ports %1, %2 and %3</source>
            <translation>端口 %1、%2 和 %3</translation>
        </message>
        <message>
            <source>File client</source>
            <translation>文件客户端</translation>
        </message>
        <message>
            <source>1. list the files</source>
            <translation>1. 列出文件</translation>
        </message>
        <message>
            <source>2. download</source>
            <translation>2. 下载</translation>
        </message>
        <message>
            <source>3. upload</source>
            <translation>3. 上传</translation>
        </message>
        <message>
            <source>SocketLab: web server</source>
            <translation>SocketLab：Web 服务器</translation>
        </message>
        <message>
            <source>root folder, port %1</source>
            <translation>根文件夹，端口 %1</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>浏览器</translation>
        </message>
        <message>
            <source>1. GET /index.html</source>
            <translation>1. GET /index.html</translation>
        </message>
        <message>
            <source>2. 200 OK and the page</source>
            <translation>2. 200 OK 和网页</translation>
        </message>
        <message>
            <source>TCP: a chat between a server and its clients</source>
            <translation>TCP：服务器与客户端之间的聊天</translation>
        </message>
        <message>
            <source>Choose &lt;b&gt;Role: Server&lt;/b&gt;, keep port 1246 (0 lets the system pick a free port) and click &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation>选择&lt;b&gt;角色：服务器&lt;/b&gt;，保留端口 1246（0 表示由系统挑选空闲端口），然后点击&lt;b&gt;启动&lt;/b&gt;。</translation>
        </message>
        <message>
            <source>Connect a client: choose &lt;b&gt;Role: Client&lt;/b&gt; in this window and click &lt;b&gt;Connect&lt;/b&gt;, or run a client script on this or another computer.</source>
            <translation>连接客户端：在本窗口中选择&lt;b&gt;角色：客户端&lt;/b&gt;并点击&lt;b&gt;连接&lt;/b&gt;，或者在本机或另一台计算机上运行客户端脚本。</translation>
        </message>
        <message>
            <source>Type a message and press &lt;b&gt;Ctrl+Enter&lt;/b&gt;. Each row of the log is one &lt;code&gt;recv()&lt;/code&gt; chunk: two messages sent quickly one after the other may arrive as one chunk (“sticky packets”).</source>
            <translation>输入一条消息并按 &lt;b&gt;Ctrl+Enter&lt;/b&gt;。日志的每一行是一次 &lt;code&gt;recv()&lt;/code&gt; 收到的数据块：快速连续发送的两条消息可能作为一个数据块到达（“粘包”）。</translation>
        </message>
        <message>
            <source>Select a row to see the whole message and its bytes in hex under the log.</source>
            <translation>选中一行，即可在日志下方看到完整的消息及其十六进制字节。</translation>
        </message>
        <message>
            <source>From a script: %1 sends each line you type and prints the replies.</source>
            <translation>用脚本：%1 会发送你输入的每一行并打印回复。</translation>
        </message>
        <message>
            <source>UDP: datagrams without a connection</source>
            <translation>UDP：无连接的数据报</translation>
        </message>
        <message>
            <source>Click &lt;b&gt;Bind&lt;/b&gt; to receive on port 1234 (0 lets the system pick a free port).</source>
            <translation>点击&lt;b&gt;绑定&lt;/b&gt;，在端口 1234 上接收（0 表示由系统挑选空闲端口）。</translation>
        </message>
        <message>
            <source>Under &lt;b&gt;Send to&lt;/b&gt;, enter the host and port of the other socket and send a message. Sending binds a free port by itself, so replies can come back.</source>
            <translation>在&lt;b&gt;发送到&lt;/b&gt;下输入另一个套接字的主机和端口，然后发送消息。发送时会自动绑定一个空闲端口，所以回复能够传回来。</translation>
        </message>
        <message>
            <source>Each datagram is one row of the log: UDP keeps the boundaries of messages. Click a sender under &lt;b&gt;Senders seen&lt;/b&gt; to answer it.</source>
            <translation>每个数据报是日志中的一行：UDP 会保留消息的边界。在&lt;b&gt;已见发送方&lt;/b&gt;下点击一个发送方即可回复它。</translation>
        </message>
        <message>
            <source>From a script: %1 receives on port 5000 and sends each line you type to this tab.</source>
            <translation>用脚本：%1 在端口 5000 上接收，并把你输入的每一行发送给本标签页。</translation>
        </message>
        <message>
            <source>Files: download and upload with progress</source>
            <translation>文件：带进度的下载和上传</translation>
        </message>
        <message>
            <source>Choose &lt;b&gt;Role: Server&lt;/b&gt;, pick the shared folder (students download from it) and the inbox (uploads are saved there), then click &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation>选择&lt;b&gt;角色：服务器&lt;/b&gt;，选好共享文件夹（学生从这里下载）和收件文件夹（上传的文件保存在这里），然后点击&lt;b&gt;启动&lt;/b&gt;。</translation>
        </message>
        <message>
            <source>Choose &lt;b&gt;Role: Client&lt;/b&gt; in this window or on a student's computer, enter the server's address, click &lt;b&gt;List files&lt;/b&gt; and double-click a file to download it.</source>
            <translation>在本窗口或学生的计算机上选择&lt;b&gt;角色：客户端&lt;/b&gt;，输入服务器的地址，点击&lt;b&gt;列出文件&lt;/b&gt;，再双击一个文件即可下载。</translation>
        </message>
        <message>
            <source>Upload with &lt;b&gt;Upload files…&lt;/b&gt; or by dropping files onto the tab. The transfers table shows the progress of each file.</source>
            <translation>用&lt;b&gt;上传文件…&lt;/b&gt;或把文件拖放到标签页上即可上传。传输表格显示每个文件的进度。</translation>
        </message>
        <message>
            <source>From a script: %1 downloads a file, %2 uploads one. The seed's classic download and upload scripts use ports 7890 and 12800.</source>
            <translation>用脚本：%1 下载一个文件，%2 上传一个文件。示例中的经典下载和上传脚本使用端口 7890 和 12800。</translation>
        </message>
        <message>
            <source>Web server: what a browser sends and receives</source>
            <translation>Web 服务器：浏览器发送和接收的内容</translation>
        </message>
        <message>
            <source>Keep the sample site or choose a root folder, then click &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation>保留示例网站或选择一个根文件夹，然后点击&lt;b&gt;启动&lt;/b&gt;。</translation>
        </message>
        <message>
            <source>Click &lt;b&gt;Open in browser&lt;/b&gt;, or ask for a page from a script.</source>
            <translation>点击&lt;b&gt;在浏览器中打开&lt;/b&gt;，或者用脚本请求一个网页。</translation>
        </message>
        <message>
            <source>Each request is one row of the request log. Select it to see the head the browser sent and the head the server answered.</source>
            <translation>每个请求是请求日志中的一行。选中它即可看到浏览器发送的请求头和服务器应答的响应头。</translation>
        </message>
        <message>
            <source>From a script: %1 shows both heads in the terminal.</source>
            <translation>用脚本：%1 会在终端中显示这两个头部。</translation>
        </message>
    </context>
    <context>
        <name>RateUnit</name>
        <message>
            <source>bytes/s</source>
            <translation>字节/秒</translation>
        </message>
        <message>
            <source>KiB/s</source>
            <translation>KiB/s</translation>
        </message>
        <message>
            <source>MiB/s</source>
            <translation>MiB/s</translation>
        </message>
        <message>
            <source>GiB/s</source>
            <translation>GiB/s</translation>
        </message>
    </context>
    <context>
        <name>ReceiveRecorder</name>
        <message>
            <source>No file name was given to save the received bytes into.</source>
            <translation>没有给出用来保存收到字节的文件名。</translation>
        </message>
        <message>
            <source>“%1” is a folder: give the name of a file to save the received bytes into.</source>
            <translation>“%1”是文件夹：请给出用来保存收到字节的文件名。</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist, so “%2” cannot be created.</source>
            <translation>文件夹“%1”不存在，因此无法创建“%2”。</translation>
        </message>
        <message>
            <source>“%1” is not a folder, so “%2” cannot be created.</source>
            <translation>“%1”不是文件夹，因此无法创建“%2”。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: permission denied.</source>
            <translation>无法写入“%1”：权限不足。</translation>
        </message>
        <message>
            <source>Cannot save the received bytes to “%1”: %2</source>
            <translation>无法把收到的字节保存到“%1”：%2</translation>
        </message>
    </context>
    <context>
        <name>ReceiveToFileBox</name>
        <message>
            <source>Save the received bytes to</source>
            <translation>将收到的字节保存到</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>文本文件 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <source>Saving to %1: %2 of hex text for %3 received</source>
            <translation>正在保存到 %1：收到 %3，已写入 %2 十六进制文本</translation>
        </message>
        <message>
            <source>Saving to %1: %2</source>
            <translation>正在保存到 %1：%2</translation>
        </message>
        <message>
            <source>Finishing %1…</source>
            <translation>正在完成 %1…</translation>
        </message>
        <message>
            <source>The file could not be opened. Press Start saving to try again and see why.</source>
            <translation>无法打开文件。请按“开始保存”重试并查看原因。</translation>
        </message>
        <message>
            <source>Saved %1 to %2.</source>
            <translation>已将 %1 保存到 %2。</translation>
        </message>
        <message>
            <source>%1 disconnected. Saved %2 to %3.</source>
            <translation>%1 已断开连接。已将 %2 保存到 %3。</translation>
        </message>
        <message>
            <source>Writing to %1 failed: %2. Saving stopped there (the file holds %3); receiving goes on.</source>
            <translation>写入 %1 失败：%2。保存已在此停止（文件中有 %3）；接收仍在继续。</translation>
        </message>
        <message>
            <source>The server stopped. Saved %1 to %2.</source>
            <translation>服务器已停止。已将 %1 保存到 %2。</translation>
        </message>
        <message>
            <source>The connection closed. Saved %1 to %2.</source>
            <translation>连接已关闭。已将 %1 保存到 %2。</translation>
        </message>
        <message>
            <source>The socket was closed. Saved %1 to %2.</source>
            <translation>套接字已关闭。已将 %1 保存到 %2。</translation>
        </message>
        <message>
            <source>All senders</source>
            <translation>所有发送方</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>所有客户端</translation>
        </message>
        <message>
            <source>Stop saving</source>
            <translation>停止保存</translation>
        </message>
        <message>
            <source>Start saving</source>
            <translation>开始保存</translation>
        </message>
        <message>
            <source>Saving is possible while the server listens.</source>
            <translation>服务器正在监听时才能保存。</translation>
        </message>
        <message>
            <source>Saving is possible while connected to a server.</source>
            <translation>连接到服务器后才能保存。</translation>
        </message>
        <message>
            <source>Saving is possible while the socket is bound.</source>
            <translation>套接字绑定后才能保存。</translation>
        </message>
        <message>
            <source>Save what arrives from now on to the chosen file (asks for one first).</source>
            <translation>把从现在起收到的数据保存到所选文件（尚未选择时先询问）。</translation>
        </message>
        <message>
            <source>Stop saving; the file keeps what was saved.</source>
            <translation>停止保存；文件保留已保存的内容。</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>原始字节</translation>
        </message>
        <message>
            <source>Hex text</source>
            <translation>十六进制文本</translation>
        </message>
        <message>
            <source>Receive to file</source>
            <translation>接收转向文件</translation>
        </message>
        <message>
            <source>Save what arrives to a file, as raw bytes or hex text.</source>
            <translation>把收到的数据保存到文件，可选原始字节或十六进制文本。</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Choose the file the received bytes are saved into.</source>
            <translation>选择用来保存收到字节的文件。</translation>
        </message>
        <message>
            <source>Raw bytes: the file holds exactly the bytes received, in the order they came.
Hex text: one line per received chunk (TCP) or datagram (UDP) with the time, the sender and the bytes in hex, for example “14:23:03.165 127.0.0.1:53877 68 65 6c 6c 6f”.</source>
            <translation>原始字节：文件中就是收到的字节，按到达的顺序保存。
十六进制文本：每个收到的数据块（TCP）或数据报（UDP）一行，包含时间、发送方和十六进制字节，例如“14:23:03.165 127.0.0.1:53877 68 65 6c 6c 6f”。</translation>
        </message>
        <message>
            <source>Save what every sender sends, or only one sender's datagrams.</source>
            <translation>保存所有发送方发来的数据，或只保存某一个发送方的数据报。</translation>
        </message>
        <message>
            <source>Save what every client sends, or only one client's bytes.</source>
            <translation>保存所有客户端发来的数据，或只保存某一个客户端的字节。</translation>
        </message>
    </context>
    <context>
        <name>ReceivedFileWriter</name>
        <message>
            <source>Writing the received bytes to %1 failed: %2. Nothing more is saved; the file holds the first %3.</source>
            <translation>把收到的字节写入 %1 失败：%2。之后不再保存；文件中保存了前 %3。</translation>
        </message>
        <message>
            <source>Saved the %1 received as hex text (%2) to %3.</source>
            <translation>已将收到的 %1 以十六进制文本（%2）保存到 %3。</translation>
        </message>
        <message>
            <source>Saved %1 to %2.</source>
            <translation>已将 %1 保存到 %2。</translation>
        </message>
    </context>
    <context>
        <name>RemoteFolderModel</name>
        <message>
            <source>Up to the folder above</source>
            <translation>返回上一级文件夹</translation>
        </message>
        <message>
            <source>Folder “%1”, modified %2. Double-click to open it.</source>
            <translation>文件夹“%1”，修改于 %2。双击打开。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>“%1”: %2, modified %3. Double-click to download it.</source>
            <translation>“%1”：%2，修改于 %3。双击下载。</translation>
        </message>
    </context>
    <context>
        <name>RemoteLister</name>
        <message>
            <source>The server did not answer within %1 seconds.</source>
            <translation>服务器在 %1 秒内没有应答。</translation>
        </message>
        <message>
            <source>The server does not speak SLFT/1.</source>
            <translation>服务器不支持 SLFT/1 协议。</translation>
        </message>
        <message>
            <source>The server refused the listing (%1): %2</source>
            <translation>服务器拒绝列出目录（%1）：%2</translation>
        </message>
        <message>
            <source>The server's listing is malformed.</source>
            <translation>服务器返回的目录列表格式有误。</translation>
        </message>
    </context>
    <context>
        <name>RequestHeadText</name>
        <message>
            <source># Request from %1 at %2</source>
            <translation># 来自 %1 的请求，时间 %2</translation>
        </message>
        <message>
            <source># (nothing readable was received)</source>
            <translation># （没有收到可读的内容）</translation>
        </message>
        <message>
            <source># Response (body bytes sent: %1, time: %2 ms)</source>
            <translation># 响应（已发送正文 %1 字节，用时 %2 毫秒）</translation>
        </message>
        <message>
            <source># Response (the client went away; body bytes sent: %1)</source>
            <translation># 响应（客户端已离开；已发送正文 %1 字节）</translation>
        </message>
        <message>
            <source># (no response was sent)</source>
            <translation># （没有发送响应）</translation>
        </message>
    </context>
    <context>
        <name>RequestLogModel</name>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1 (cut short)</source>
            <translation>%1（未发完）</translation>
        </message>
        <message>
            <source>(unreadable)</source>
            <translation>（无法读取）</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>%1
Decoded: %2</source>
            <translation>%1
解码后：%2</translation>
        </message>
        <message>
            <source>The client went away before the whole response was sent.</source>
            <translation>客户端在整个响应发送完之前就离开了。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>客户端</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>请求目标</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态码</translation>
        </message>
        <message>
            <source>Bytes sent</source>
            <translation>发送字节</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Could not save the request log to %1: %2</source>
            <translation>无法把请求日志保存到 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>RoleTab</name>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
    </context>
    <context>
        <name>SafeFileName</name>
        <message>
            <source>The file name contains the control character U+%1; control characters are not allowed in file names.</source>
            <translation>文件名包含控制字符 U+%1；文件名中不允许出现控制字符。</translation>
        </message>
        <message>
            <source>The file name is too long: %1 bytes in UTF-8, at most %2 are allowed.</source>
            <translation>文件名太长：UTF-8 编码为 %1 字节，最多允许 %2 字节。</translation>
        </message>
    </context>
    <context>
        <name>SaveSettings</name>
        <message>
            <source>Write every byte received, from every peer, to FILE as it arrives (an existing FILE is replaced); it is complete when the command ends.</source>
            <translation>把从所有对端收到的每个字节在到达时写入 FILE（已有的 FILE 会被替换）；命令结束时文件即完整。</translation>
        </message>
        <message>
            <source>How --save writes: raw (the bytes as received) or hex (one text line per received chunk or datagram: time, sender, hex bytes).</source>
            <translation>--save 的写入方式：raw（按收到的原样写入字节）或 hex（每个收到的数据块或数据报一行文本：时间、发送方、十六进制字节）。</translation>
        </message>
        <message>
            <source>Unknown save format “%1”: use raw or hex.</source>
            <translation>未知的保存格式“%1”：请使用 raw 或 hex。</translation>
        </message>
        <message>
            <source>--save-format needs --save FILE: it says how that file is written.</source>
            <translation>--save-format 需要同时给出 --save FILE：它说明该文件的写入方式。</translation>
        </message>
    </context>
    <context>
        <name>SendBox</name>
        <message>
            <source>Message to send</source>
            <translation>要发送的消息</translation>
        </message>
        <message>
            <source>Type a message; Ctrl+Enter sends it.</source>
            <translation>输入消息；按 Ctrl+Enter 发送。</translation>
        </message>
        <message>
            <source>Send the text as typed, or type the bytes in hex (e.g. 48 65 6c 6c 6f)</source>
            <translation>按输入的文本发送，或以十六进制输入字节（例如 48 65 6c 6c 6f）</translation>
        </message>
        <message>
            <source>Input format</source>
            <translation>输入格式</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>十六进制</translation>
        </message>
        <message>
            <source>Line ending added after the message. The seed servers compare whole messages, so the default adds none.</source>
            <translation>附加在消息后面的行尾符。示例服务器比较的是整条消息，所以默认不添加。</translation>
        </message>
        <message>
            <source>Line ending</source>
            <translation>行尾符</translation>
        </message>
        <message>
            <source>No line ending</source>
            <translation>无行尾符</translation>
        </message>
        <message>
            <source>LF (\n)</source>
            <translation>LF (\n)</translation>
        </message>
        <message>
            <source>CRLF (\r\n)</source>
            <translation>CRLF (\r\n)</translation>
        </message>
        <message>
            <source>Character encoding used to turn the text into bytes</source>
            <translation>把文本转换为字节所用的字符编码</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Messages sent before; pick one to put it back in the editor</source>
            <translation>以前发送过的消息；选择一条可放回编辑框</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>Choose a file and send its contents</source>
            <translation>选择一个文件并发送其内容</translation>
        </message>
        <message>
            <source>Send file…</source>
            <translation>发送文件…</translation>
        </message>
        <message>
            <source>Send the message (Ctrl+Enter)</source>
            <translation>发送消息（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Repeat every:</source>
            <translation>重复间隔：</translation>
        </message>
        <message>
            <source>Time between two sends, in milliseconds</source>
            <translation>两次发送之间的间隔，单位为毫秒</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> 毫秒</translation>
        </message>
        <message>
            <source>Times:</source>
            <translation>次数：</translation>
        </message>
        <message>
            <source>How many times to send the message (0 = until stopped)</source>
            <translation>消息要发送几次（0 = 直到停止）</translation>
        </message>
        <message>
            <source>until stopped</source>
            <translation>直到停止</translation>
        </message>
        <message>
            <source>Send the message again and again at the chosen interval</source>
            <translation>按选定的间隔反复发送消息</translation>
        </message>
        <message>
            <source>Start repeat</source>
            <translation>开始重复发送</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sent; repeating until stopped.</source>
            <translation>
                <numerusform>已发送 %Ln 次；将一直重复到停止。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sent, %1 to go.</source>
            <translation>
                <numerusform>已发送 %Ln 次，还剩 %1 次。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat finished: %Ln sent.</source>
            <translation>
                <numerusform>重复发送结束：共发送 %Ln 次。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send: the message is empty. Type something, or choose a line ending to send just that.</source>
            <translation>没有可发送的内容：消息为空。请输入内容，或选择一个行尾符只发送行尾符。</translation>
        </message>
        <message>
            <source>[hex] %1</source>
            <translation>[十六进制] %1</translation>
        </message>
        <message>
            <source>Send a file</source>
            <translation>发送文件</translation>
        </message>
        <message>
            <source>Checksum appended to every message, after the line ending; it covers the message and its line ending</source>
            <translation>附加在每条消息行尾符之后的校验；校验范围包括消息及其行尾符</translation>
        </message>
        <message>
            <source>Checksum</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>The bytes sent after the message and its line ending</source>
            <translation>在消息及其行尾符之后发送的字节</translation>
        </message>
        <message>
            <source>No checksum</source>
            <translation>不加校验</translation>
        </message>
        <message>
            <source>Appends the %1 of the message.</source>
            <translation>将在消息后附加 %1 校验。</translation>
        </message>
        <message>
            <source>Appends %1 (%2)</source>
            <translation>附加 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>SendInputConverter</name>
        <message>
            <source>“%1” cannot be written in %2. Choose UTF-8, or remove the character.</source>
            <translation>“%1”无法用 %2 编码表示。请选择 UTF-8，或删除该字符。</translation>
        </message>
        <message>
            <source>Byte %1 (%2) is not valid %3 text, so the message stays in hex. Choose another encoding, or send it as hex.</source>
            <translation>第 %1 个字节（%2）不是有效的 %3 文本，因此消息保持十六进制。请选择其他编码，或以十六进制发送。</translation>
        </message>
        <message>
            <source>Byte %1 (%2) is a control character the text editor cannot keep, so the message stays in hex. Send it as hex.</source>
            <translation>第 %1 个字节（%2）是文本编辑框无法保留的控制字符，因此消息保持十六进制。请以十六进制发送。</translation>
        </message>
    </context>
    <context>
        <name>SharedFolder</name>
        <message>
            <source>The name is too long.</source>
            <translation>名称太长。</translation>
        </message>
        <message>
            <source>The name contains a control character (such as NUL).</source>
            <translation>名称中含有控制字符（例如 NUL）。</translation>
        </message>
        <message>
            <source>The name contains a backslash; use “/” between folders.</source>
            <translation>名称中含有反斜杠；文件夹之间请用“/”分隔。</translation>
        </message>
        <message>
            <source>Absolute paths are not allowed; names are relative to the shared folder.</source>
            <translation>不允许使用绝对路径；名称是相对于共享文件夹的。</translation>
        </message>
        <message>
            <source>Percent escapes such as “%2e” are not allowed in names.</source>
            <translation>名称中不允许使用“%2e”这样的百分号转义。</translation>
        </message>
        <message>
            <source>“.” and “..” are not allowed: only files inside the shared folder are served.</source>
            <translation>不允许使用“.”和“..”：只提供共享文件夹里面的文件。</translation>
        </message>
        <message>
            <source>The shared folder does not exist.</source>
            <translation>共享文件夹不存在。</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>名称为空。</translation>
        </message>
        <message>
            <source>There is no such folder.</source>
            <translation>没有这个文件夹。</translation>
        </message>
        <message>
            <source>There is no such file.</source>
            <translation>没有这个文件。</translation>
        </message>
        <message>
            <source>The name leads outside the shared folder.</source>
            <translation>该名称指向共享文件夹之外。</translation>
        </message>
        <message>
            <source>That is not a folder.</source>
            <translation>那不是文件夹。</translation>
        </message>
        <message>
            <source>That is not a file.</source>
            <translation>那不是文件。</translation>
        </message>
        <message>
            <source>The file cannot be read (permission denied).</source>
            <translation>无法读取该文件（没有权限）。</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>没有这个文件或文件夹。</translation>
        </message>
    </context>
    <context>
        <name>SlftDownloadJob</name>
        <message>
            <source>The folder %1 does not exist or cannot be written.</source>
            <translation>文件夹 %1 不存在或无法写入。</translation>
        </message>
        <message>
            <source>The server %1 does not speak SLFT/1 (no status line).</source>
            <translation>服务器 %1 不支持 SLFT/1 协议（没有状态行）。</translation>
        </message>
        <message>
            <source>The server %1 does not speak SLFT/1.</source>
            <translation>服务器 %1 不支持 SLFT/1 协议。</translation>
        </message>
        <message>
            <source>The server refused the download (%1): %2</source>
            <translation>服务器拒绝了下载（%1）：%2</translation>
        </message>
        <message>
            <source>The server's answer “%1” does not fit the request.</source>
            <translation>服务器的应答“%1”与请求不符。</translation>
        </message>
        <message>
            <source>The server did not end the transfer with “SLFT/1 END &lt;sha256&gt;”.</source>
            <translation>服务器没有以“SLFT/1 END &lt;sha256&gt;”结束传输。</translation>
        </message>
        <message>
            <source>Checksum mismatch: the server's SHA-256 is %1 but the received file has %2. The partial file was deleted; try again.</source>
            <translation>校验和不一致：服务器给出的 SHA-256 是 %1，而收到的文件是 %2。不完整的文件已删除，请重试。</translation>
        </message>
        <message>
            <source>Saved as %1 (SHA-256 verified).</source>
            <translation>已保存为 %1（SHA-256 校验通过）。</translation>
        </message>
        <message>
            <source>The server %1 closed the connection without an answer.</source>
            <translation>服务器 %1 没有应答就关闭了连接。</translation>
        </message>
        <message>
            <source>Incomplete: the connection was cut after %1 of %2. %3 is kept: start the download again to resume.</source>
            <translation>不完整：连接在传输 %1（共 %2）后中断。已保留 %3：再次开始下载即可续传。</translation>
        </message>
        <message>
            <source>The server stopped the download (%1): %2</source>
            <translation>服务器中止了下载（%1）：%2</translation>
        </message>
    </context>
    <context>
        <name>SlftProtocol</name>
        <message>
            <source>OK</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>The request is not understood.</source>
            <translation>无法理解该请求。</translation>
        </message>
        <message>
            <source>That name is not allowed.</source>
            <translation>不允许使用该名称。</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>没有这个文件或文件夹。</translation>
        </message>
        <message>
            <source>The request did not arrive in time.</source>
            <translation>请求没有及时到达。</translation>
        </message>
        <message>
            <source>The same file is being transferred by another connection right now.</source>
            <translation>另一个连接正在传输同一个文件。</translation>
        </message>
        <message>
            <source>The request line is too long.</source>
            <translation>请求行太长。</translation>
        </message>
        <message>
            <source>The resume offset is beyond the end of the file.</source>
            <translation>续传偏移量超出了文件末尾。</translation>
        </message>
        <message>
            <source>The SHA-256 checksum does not match: the file was changed or damaged on the way.</source>
            <translation>SHA-256 校验和不一致：文件在传输途中被修改或损坏。</translation>
        </message>
        <message>
            <source>The server could not read or write the file.</source>
            <translation>服务器无法读写该文件。</translation>
        </message>
        <message>
            <source>The server is stopping or has too many connections.</source>
            <translation>服务器正在停止，或连接太多。</translation>
        </message>
        <message>
            <source>This protocol version is not supported; the server speaks SLFT/1.</source>
            <translation>不支持该协议版本；服务器使用 SLFT/1。</translation>
        </message>
        <message>
            <source>Error %1.</source>
            <translation>错误 %1。</translation>
        </message>
        <message>
            <source>The request must start with “SLFT/1”.</source>
            <translation>请求必须以“SLFT/1”开头。</translation>
        </message>
        <message>
            <source>The name is not valid UTF-8.</source>
            <translation>名称不是有效的 UTF-8。</translation>
        </message>
        <message>
            <source>Use “SLFT/1 GET &lt;offset&gt; &lt;path&gt;”.</source>
            <translation>请使用“SLFT/1 GET &lt;offset&gt; &lt;path&gt;”。</translation>
        </message>
        <message>
            <source>Use “SLFT/1 PUT &lt;size&gt; &lt;name&gt;”.</source>
            <translation>请使用“SLFT/1 PUT &lt;size&gt; &lt;name&gt;”。</translation>
        </message>
        <message>
            <source>Unknown command “%1”; SLFT/1 knows LIST, GET and PUT.</source>
            <translation>未知命令“%1”；SLFT/1 只支持 LIST、GET 和 PUT。</translation>
        </message>
    </context>
    <context>
        <name>SlftSession</name>
        <message numerus="yes">
            <source>Listed “%1” (%n entries).</source>
            <translation>
                <numerusform>已列出“%1”（%n 项）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused GET “%1”: %2</source>
            <translation>已拒绝 GET“%1”：%2</translation>
        </message>
        <message>
            <source>The client did not end the upload with “SLFT/1 END &lt;sha256&gt;”.</source>
            <translation>客户端没有以“SLFT/1 END &lt;sha256&gt;”结束上传。</translation>
        </message>
        <message>
            <source>Expected “SLFT/1 END &lt;sha256&gt;” after the data.</source>
            <translation>数据之后应为“SLFT/1 END &lt;sha256&gt;”。</translation>
        </message>
        <message>
            <source>Checksum mismatch: the client says %1, the received data has %2; the partial file was deleted.</source>
            <translation>校验和不一致：客户端给出的是 %1，收到的数据是 %2；不完整的文件已删除。</translation>
        </message>
        <message>
            <source>Saved as %1 (SHA-256 verified).</source>
            <translation>已保存为 %1（SHA-256 校验通过）。</translation>
        </message>
        <message>
            <source>The client closed the connection.</source>
            <translation>客户端关闭了连接。</translation>
        </message>
        <message>
            <source>The file changed while it was being sent; the client was told to download it again.</source>
            <translation>文件在发送过程中被修改；已通知客户端重新下载。</translation>
        </message>
        <message>
            <source>The file changed while it was being sent; download it again.</source>
            <translation>文件在发送过程中被修改；请重新下载。</translation>
        </message>
        <message>
            <source>SHA-256 taken from the cache (the file is unchanged).</source>
            <translation>SHA-256 取自缓存（文件未改变）。</translation>
        </message>
        <message>
            <source>The offset %1 is beyond the end of the file (%2).</source>
            <translation>偏移量 %1 超出了文件末尾（文件共 %2）。</translation>
        </message>
        <message>
            <source>The connection ended after %1; %2 is kept so the upload can resume.</source>
            <translation>连接在收到 %1 后结束；已保留 %2，以便续传。</translation>
        </message>
        <message>
            <source>The client closed the connection after %1.</source>
            <translation>客户端在传输了 %1 后关闭了连接。</translation>
        </message>
        <message>
            <source>The folder “uploads” only shows what was uploaded; it cannot be written to. Upload with a plain file name.</source>
            <translation>文件夹“uploads”只用于显示已上传的文件，不能写入。上传时请只使用文件名本身。</translation>
        </message>
        <message>
            <source>The request line ended without a line end (LF).</source>
            <translation>请求行在没有换行符（LF）的情况下结束了。</translation>
        </message>
        <message>
            <source>The client finished sending without “SLFT/1 END &lt;sha256&gt;”; %1 is kept so the upload can resume.</source>
            <translation>客户端结束了发送，但没有发送“SLFT/1 END &lt;sha256&gt;”；已保留 %1，以便继续上传。</translation>
        </message>
        <message>
            <source>The client finished sending after %1; %2 is kept so the upload can resume.</source>
            <translation>客户端在传输 %1 后结束了发送；已保留 %2，以便继续上传。</translation>
        </message>
        <message>
            <source>The data ended before the announced size and “SLFT/1 END &lt;sha256&gt;”.</source>
            <translation>数据在达到声明的大小和“SLFT/1 END &lt;sha256&gt;”之前就结束了。</translation>
        </message>
    </context>
    <context>
        <name>SlftUploadJob</name>
        <message>
            <source>%1 is not a readable file.</source>
            <translation>%1 不是可读取的文件。</translation>
        </message>
        <message>
            <source>The server %1 does not speak SLFT/1.</source>
            <translation>服务器 %1 不支持 SLFT/1 协议。</translation>
        </message>
        <message>
            <source>The server refused the upload (%1): %2</source>
            <translation>服务器拒绝了上传（%1）：%2</translation>
        </message>
        <message>
            <source>Saved on the server as %1 (SHA-256 verified).</source>
            <translation>已在服务器上保存为 %1（SHA-256 校验通过）。</translation>
        </message>
        <message>
            <source>The server's answer “%1” does not fit the request.</source>
            <translation>服务器的应答“%1”与请求不符。</translation>
        </message>
        <message>
            <source>Incomplete: the connection was cut after %1 of %2; start the upload again to resume.</source>
            <translation>不完整：连接在传输 %1（共 %2）后中断；再次开始上传即可续传。</translation>
        </message>
        <message>
            <source>The server stopped the upload (%1): %2</source>
            <translation>服务器中止了上传（%1）：%2</translation>
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
            <translation>找不到主机名“%1”。请检查拼写，或使用 IP 地址，例如 127.0.0.1。</translation>
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
        <name>StreamSocket</name>
        <message>
            <source>The connection is closed.</source>
            <translation>连接已关闭。</translation>
        </message>
    </context>
    <context>
        <name>TcpClient</name>
        <message>
            <source>Disconnected from %1 to connect to %2.</source>
            <translation>已断开与 %1 的连接，以便连接到 %2。</translation>
        </message>
        <message>
            <source>The connection attempt to %1 was cancelled.</source>
            <translation>已取消连接 %1 的尝试。</translation>
        </message>
        <message>
            <source>Closing the connection to %1…</source>
            <translation>正在关闭与 %1 的连接…</translation>
        </message>
        <message>
            <source>Disconnected.</source>
            <translation>已断开连接。</translation>
        </message>
        <message>
            <source>Automatic reconnection was turned off.</source>
            <translation>已关闭自动重连。</translation>
        </message>
        <message>
            <source>Not connected: connect to a server before sending.</source>
            <translation>未连接：请先连接服务器，再发送。</translation>
        </message>
        <message>
            <source>Not connected: connect to a server before sending “%1”.</source>
            <translation>未连接：请先连接服务器，再发送“%1”。</translation>
        </message>
        <message>
            <source>Sending “%1” to %2…</source>
            <translation>正在向 %2 发送“%1”…</translation>
        </message>
        <message>
            <source>No server to connect to: give a host name or address and a port between 1 and 65535.</source>
            <translation>没有可连接的服务器：请给出主机名或地址，以及 1 到 65535 之间的端口。</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在连接 %1…</translation>
        </message>
        <message>
            <source>Looking up %1…</source>
            <translation>正在解析 %1…</translation>
        </message>
        <message>
            <source>The connection to %1 was lost right after it was made.</source>
            <translation>与 %1 的连接刚建立就断开了。</translation>
        </message>
        <message>
            <source>%1 finished sending (half-close); the connection closes once our last data has gone out.</source>
            <translation>%1 已结束发送（半关闭）；我方最后的数据发出后连接即关闭。</translation>
        </message>
        <message>
            <source>“%1” (%2) has been queued completely for %3.</source>
            <translation>“%1”（%2）已全部放入发往 %3 的发送队列。</translation>
        </message>
        <message>
            <source>Connected to %1 from %2</source>
            <translation>已连接到 %1（本地 %2）</translation>
        </message>
        <message>
            <source>Reconnecting to %1 in %2 s…</source>
            <translation>%2 秒后重新连接 %1…</translation>
        </message>
    </context>
    <context>
        <name>TcpClientCommandLine</name>
        <message>
            <source>Connects to a TCP server.</source>
            <translation>连接到 TCP 服务器。</translation>
        </message>
        <message>
            <source>Each line typed on standard input is sent as one message, WITHOUT its newline unless --eol says otherwise (the seed servers compare whole recv() chunks, e.g. == 'q'). Every connection change, message and error is printed on one line.

At the end of input the connection stays open until the server closes it; with --wait MS it is closed MS milliseconds after the end of input. Ctrl+C (or SIGTERM) closes it cleanly.</source>
            <translation>在标准输入中键入的每一行作为一条消息发送，默认不带换行符，除非用 --eol 指定（示例服务器比较的是整个 recv() 数据块，例如 == 'q'）。每次连接变化、每条消息和每个错误各打印一行。

输入结束后连接保持打开，直到服务器关闭它；使用 --wait MS 时，在输入结束 MS 毫秒后关闭连接。Ctrl+C（或 SIGTERM）会正常关闭连接。</translation>
        </message>
        <message>
            <source>Added to each sent line: none, lf (\n) or crlf (\r\n).</source>
            <translation>每行发送时附加：none、lf (\n) 或 crlf (\r\n)。</translation>
        </message>
        <message>
            <source>What one message is: raw (each received chunk), lines (ends with a newline, added when sending) or length (a 4-byte big-endian length prefix).</source>
            <translation>怎样算一条消息：raw（每次收到的数据块）、lines（以换行符结尾，发送时自动添加）或 length（4 字节大端长度前缀）。</translation>
        </message>
        <message>
            <source>Connect again (every 2 s) when the connection fails or ends; only Ctrl+C stops it.</source>
            <translation>连接失败或结束时重新连接（每 2 秒一次）；只有 Ctrl+C 能停止。</translation>
        </message>
        <message>
            <source>After the end of input, close the connection MS milliseconds later.</source>
            <translation>输入结束后，再过 MS 毫秒关闭连接。</translation>
        </message>
        <message>
            <source>Exit status: 0 when the connection ended normally, 1 when it could not be made or broke with an error, 2 on bad arguments.</source>
            <translation>退出状态：连接正常结束时为 0，无法建立连接或因错误中断时为 1，参数错误时为 2。</translation>
        </message>
        <message>
            <source>The server is missing: give it as HOST:PORT (for example 127.0.0.1:1246).</source>
            <translation>缺少服务器：请以 HOST:PORT 的形式给出（例如 127.0.0.1:1246）。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: tcp-client takes one HOST:PORT.</source>
            <translation>多余的参数“%1”：tcp-client 只接受一个 HOST:PORT。</translation>
        </message>
        <message>
            <source>“%1” is not a line ending: use none, lf or crlf.</source>
            <translation>“%1”不是行尾符：请使用 none、lf 或 crlf。</translation>
        </message>
        <message>
            <source>“%1” is not a waiting time: give a number of milliseconds (0 or more).</source>
            <translation>“%1”不是等待时间：请给出毫秒数（0 或更大）。</translation>
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
            <source>&amp;Disconnect</source>
            <translation>断开(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Received: bytes %1, messages %2
Sent: bytes %3, messages %4</source>
            <translation>收到：%1 字节，%2 条消息
发出：%3 字节，%4 条消息</translation>
        </message>
        <message>
            <source>Use this window's server (%1)</source>
            <translation>使用本窗口的服务器（%1）</translation>
        </message>
        <message>
            <source>Fill in the address of the TCP server running in this window.</source>
            <translation>填入本窗口中运行的 TCP 服务器的地址。</translation>
        </message>
        <message>
            <source>&amp;Client (connect to a server)</source>
            <translation>客户端(&amp;C)（连接到服务器）</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>清零</translation>
        </message>
        <message>
            <source>Set this connection's byte and message counters back to zero; the connection and the log stay as they are.</source>
            <translation>把本次连接的字节数和消息数清零；连接和日志保持不变。</translation>
        </message>
    </context>
    <context>
        <name>TcpConnection</name>
        <message>
            <source>The connection to %1 is closed.</source>
            <translation>与 %1 的连接已关闭。</translation>
        </message>
        <message>
            <source>Another file is still being sent to %1; wait until it is done.</source>
            <translation>还有另一个文件正在发送给 %1；请等它发送完毕。</translation>
        </message>
        <message>
            <source>Cannot open “%1”: %2</source>
            <translation>无法打开“%1”：%2</translation>
        </message>
        <message>
            <source>“%1” is not a regular file.</source>
            <translation>“%1”不是普通文件。</translation>
        </message>
        <message>
            <source>“%1” is %2, too large for a 4-byte length prefix (at most 4 GiB).</source>
            <translation>“%1”大小为 %2，超出了 4 字节长度前缀的范围（最多 4 GiB）。</translation>
        </message>
        <message>
            <source>the file became shorter</source>
            <translation>文件变短了</translation>
        </message>
        <message>
            <source>%1 Closed the connection to %2 because the message could not be completed.</source>
            <translation>%1。由于这条消息无法发送完整，已关闭与 %2 的连接。</translation>
        </message>
        <message>
            <source>%1 broke the framing, so the connection was closed: %2</source>
            <translation>%1 破坏了分帧，因此连接已关闭：%2</translation>
        </message>
        <message>
            <source>%1 did not take our remaining data, so the connection was closed without it.</source>
            <translation>%1 没有接收我方剩余的数据，连接已关闭，这些数据未能送达。</translation>
        </message>
        <message>
            <source>Closed the connection to %1.</source>
            <translation>已关闭与 %1 的连接。</translation>
        </message>
        <message>
            <source>Reading “%1” failed after %2: %3</source>
            <translation>读取“%1”时在 %2 处失败：%3</translation>
        </message>
        <message>
            <source>%1 of our data was not delivered.</source>
            <translation>我方有 %1 的数据没有送达。</translation>
        </message>
        <message>
            <source>%1 sent %2 of a message without its end while all clients together already hold %3 of unfinished messages (the server's limit), so it was disconnected.</source>
            <translation>%1 发送了一条消息的 %2 却没有结尾，而所有客户端合计暂存的未完成消息已达到服务器上限 %3，因此断开了它的连接。</translation>
        </message>
        <message>
            <source>%1 sent %2 of a message and then nothing for %3 s, so it was disconnected (an unfinished message may wait at most that long).</source>
            <translation>%1 发送了一条消息的 %2 后 %3 秒内再无数据，因此断开了它的连接（未完成的消息最多只能等待这么久）。</translation>
        </message>
        <message>
            <source>%1 finished sending in the middle of a message; its %2 were discarded.</source>
            <translation>%1 在一条消息的中途结束了发送；已收到的 %2 被丢弃。</translation>
        </message>
        <message>
            <source>Closed the connection to %1 after it finished sending.</source>
            <translation>%1 结束发送后，已关闭与它的连接。</translation>
        </message>
    </context>
    <context>
        <name>TcpServer</name>
        <message>
            <source>No valid address to listen on was given; use an IP address of this machine, “any” or “localhost”.</source>
            <translation>没有给出有效的监听地址；请使用本机的 IP 地址、“any”或“localhost”。</translation>
        </message>
        <message>
            <source>Listening on port %1 on every address of this machine (IPv4 and IPv6).</source>
            <translation>正在本机所有地址（IPv4 和 IPv6）的端口 %1 上监听。</translation>
        </message>
        <message>
            <source>Listening on %1.</source>
            <translation>正在监听 %1。</translation>
        </message>
        <message>
            <source>The server stopped, so the connection to %1 was closed.</source>
            <translation>服务器已停止，因此关闭了与 %1 的连接。</translation>
        </message>
        <message>
            <source>Stopped listening.</source>
            <translation>已停止监听。</translation>
        </message>
        <message>
            <source>Client #%1 is no longer connected; nothing was sent to it.</source>
            <translation>客户端 #%1 已不在连接中；没有向它发送任何内容。</translation>
        </message>
        <message>
            <source>No client is connected; nothing was sent.</source>
            <translation>没有客户端连接；没有发送任何内容。</translation>
        </message>
        <message>
            <source>No client is connected; “%1” was not sent.</source>
            <translation>没有客户端连接；“%1”没有发送。</translation>
        </message>
        <message>
            <source>Client #%1 is no longer connected; “%2” was not sent to it.</source>
            <translation>客户端 #%1 已不在连接中；“%2”没有发送给它。</translation>
        </message>
        <message>
            <source>Sending “%1” to %2…</source>
            <translation>正在向 %2 发送“%1”…</translation>
        </message>
        <message numerus="yes">
            <source>Refused %1: the limit of %n client(s) is reached.</source>
            <translation>
                <numerusform>已拒绝 %1：已达到 %n 个客户端的上限。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 finished sending (half-close); what is still owed to it is sent, then the connection is closed.</source>
            <translation>%1 已结束发送（半关闭）；仍欠它的数据会发完，然后关闭连接。</translation>
        </message>
        <message>
            <source>“%1” (%2) has been queued completely for %3.</source>
            <translation>“%1”（%2）已全部放入发往 %3 的发送队列。</translation>
        </message>
        <message>
            <source>%1 connected.</source>
            <translation>%1 已连接。</translation>
        </message>
        <message>
            <source>%1 did not read the chat messages relayed to it (more than %2 waiting), so it was disconnected.</source>
            <translation>%1 没有读取转发给它的聊天消息（积压超过 %2），因此已断开它的连接。</translation>
        </message>
        <message>
            <source>%1 stopped reading the chat messages relayed to it (%2 waiting), so it was disconnected to keep the chat room going.</source>
            <translation>%1 不再读取转发给它的聊天消息（积压 %2），为了让聊天室继续运行，已断开它的连接。</translation>
        </message>
    </context>
    <context>
        <name>TcpServerCommandLine</name>
        <message>
            <source>A TCP server for many clients at once.</source>
            <translation>可同时服务多个客户端的 TCP 服务器。</translation>
        </message>
        <message>
            <source>Every connection, message and error is printed on one line; each line typed on standard input is sent to every connected client. It runs until Ctrl+C (or SIGTERM), whatever happens to standard input.</source>
            <translation>每次连接、每条消息和每个错误各打印一行；在标准输入中键入的每一行都发送给所有已连接的客户端。无论标准输入如何，都一直运行到 Ctrl+C（或 SIGTERM）。</translation>
        </message>
        <message>
            <source>Port to listen on (0: the system picks one).</source>
            <translation>监听的端口（0：由系统挑选）。</translation>
        </message>
        <message>
            <source>Answer each message: none, echo, upper (like seed 003's server) or text:STR (a fixed text, like seed 002's “已送达”).</source>
            <translation>对每条消息的回复：none、echo、upper（同示例 003 的服务器）或 text:STR（固定文本，如示例 002 的“已送达”）。</translation>
        </message>
        <message>
            <source>Send STR to each client as soon as it connects.</source>
            <translation>客户端一连上就向它发送 STR。</translation>
        </message>
        <message>
            <source>Chat room: each message goes to all other clients, tagged with its sender.</source>
            <translation>聊天室：每条消息都转发给其他所有客户端，并标明发送者。</translation>
        </message>
        <message>
            <source>What one message is: raw (each received chunk), lines (ends with a newline) or length (a 4-byte big-endian length, then the bytes).</source>
            <translation>怎样算一条消息：raw（每次收到的数据块）、lines（以换行符结尾）或 length（先是 4 字节大端长度，然后是数据）。</translation>
        </message>
        <message>
            <source>MiB of unfinished messages (lines or length framing) all clients together may hold; the client that goes past it is disconnected.</source>
            <translation>所有客户端合计可以暂存的未完成消息（按行或长度前缀分帧）大小（MiB）；超出上限的客户端会被断开。</translation>
        </message>
        <message>
            <source>Milliseconds an unfinished message may wait for its next byte (0: no limit); then its client is disconnected.</source>
            <translation>未完成的消息等待下一个字节的最长毫秒数（0：不限）；超时后断开该客户端。</translation>
        </message>
        <message>
            <source>The largest message with lines or length framing, in MiB.</source>
            <translation>按行或长度前缀分帧时单条消息的最大大小（MiB）。</translation>
        </message>
        <message>
            <source>Clients connected at once; more are refused.</source>
            <translation>同时连接的客户端数上限；超出的会被拒绝。</translation>
        </message>
        <message>
            <source>Print connections and errors, not the messages.</source>
            <translation>只打印连接和错误，不打印消息。</translation>
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad arguments.</source>
            <translation>退出状态：Ctrl+C/SIGTERM 后为 0，端口无法打开时为 1，参数错误时为 2。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: tcp-server takes only options.</source>
            <translation>多余的参数“%1”：tcp-server 只接受选项。</translation>
        </message>
        <message>
            <source>The port is missing: give it with --port N (for example --port 1246).</source>
            <translation>缺少端口：请用 --port N 指定（例如 --port 1246）。</translation>
        </message>
        <message>
            <source>“%1” is not a port number: use 0-65535.</source>
            <translation>“%1”不是端口号：请使用 0-65535。</translation>
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
            <source>Cannot start the server</source>
            <translation>无法启动服务器</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
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
        <message>
            <source>Not listening: the server could not start. Press Start to try again and see why.</source>
            <translation>未在监听：服务器未能启动。按“启动”再试一次即可看到原因。</translation>
        </message>
        <message>
            <source>(“delivered”)</source>
            <translation>（意为“已送达”）</translation>
        </message>
        <message>
            <source>&amp;Server (listen for clients)</source>
            <translation>服务器(&amp;S)（等待客户端连接）</translation>
        </message>
        <message>
            <source>Reset counters</source>
            <translation>计数清零</translation>
        </message>
        <message>
            <source>Set every client's byte and message counters back to zero; the connections and the log stay as they are.</source>
            <translation>把每个客户端的字节数和消息数清零；连接和日志保持不变。</translation>
        </message>
        <message>
            <source>Quick-send message: %1</source>
            <translation>快捷发送消息：%1</translation>
        </message>
        <message>
            <source>Quick-send message (the list is empty)</source>
            <translation>快捷发送消息（列表为空）</translation>
        </message>
        <message>
            <source>Typed text</source>
            <translation>输入的文本</translation>
        </message>
        <message>
            <source>(the quick-send list is empty)</source>
            <translation>（快捷发送列表为空）</translation>
        </message>
        <message>
            <source>The quick-send message “%1” was deleted, so the server no longer replies with it: the reply is now “None”.</source>
            <translation>快捷发送消息“%1”已被删除，服务器不再用它回复：回复已改为“不回复”。</translation>
        </message>
        <message>
            <source>The quick-send message “%1” was deleted, so the greeting is the typed text again.</source>
            <translation>快捷发送消息“%1”已被删除，欢迎语重新使用输入的文本。</translation>
        </message>
        <message>
            <source>Send the typed greeting, or a message of the quick-send list (in its own format)</source>
            <translation>发送输入的欢迎语，或快捷发送列表中的一条消息（按它自己的格式）</translation>
        </message>
    </context>
    <context>
        <name>TcpTab</name>
        <message>
            <source>TCP</source>
            <translation>TCP</translation>
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
            <translation>第 %2 个字符处的“%1”不是十六进制字节；请使用成对的 0-9 和 a-f，例如 48 65 6c 6c 6f。</translation>
        </message>
        <message>
            <source>The hex text ends with half a byte (“%1”); every byte needs two digits.</source>
            <translation>十六进制文本以半个字节结尾（“%1”）；每个字节需要两位数字。</translation>
        </message>
    </context>
    <context>
        <name>TextSettings</name>
        <message>
            <source>Text encoding for display and sending: utf-8, gbk or latin-1.</source>
            <translation>显示和发送所用的文本编码：utf-8、gbk 或 latin-1。</translation>
        </message>
        <message>
            <source>Show data as hex bytes; typed lines are hex bytes too (“68 69”).</source>
            <translation>以十六进制字节显示数据；输入的行也按十六进制字节解释（“68 69”）。</translation>
        </message>
        <message>
            <source>Unknown encoding “%1”: use utf-8, gbk or latin-1.</source>
            <translation>未知编码“%1”：请使用 utf-8、gbk 或 latin-1。</translation>
        </message>
        <message>
            <source>Append a checksum to every message sent, after its line ending: none, sum8 (8-bit sum), xor8 (8-bit XOR), crc16-modbus (low byte first, as Modbus RTU sends it), crc16-ccitt (CRC-16/CCITT-FALSE) or crc32; the CRCs other than Modbus are sent high byte first.</source>
            <translation>在发送的每条消息末尾（行尾符之后）附加校验和：none（不附加）、sum8（8 位累加和）、xor8（8 位异或）、crc16-modbus（低字节在前，与 Modbus RTU 的发送方式相同）、crc16-ccitt（CRC-16/CCITT-FALSE）或 crc32；除 Modbus 外的 CRC 均高字节在前发送。</translation>
        </message>
        <message>
            <source>Unknown checksum “%1”: use none, sum8, xor8, crc16-modbus, crc16-ccitt or crc32.</source>
            <translation>未知校验和“%1”：请使用 none、sum8、xor8、crc16-modbus、crc16-ccitt 或 crc32。</translation>
        </message>
    </context>
    <context>
        <name>ThroughputChart</name>
        <message>
            <source>Received</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Requests/s</source>
            <translation>请求/秒</translation>
        </message>
        <message>
            <source>Bytes received and sent per second over the last 60 seconds (now at the right), updated every second.</source>
            <translation>最近 60 秒内每秒接收和发送的字节数（最右侧为当前），每秒更新一次。</translation>
        </message>
    </context>
    <context>
        <name>ToolTab</name>
        <message>
            <source>This tab has no log to save.</source>
            <translation>此标签页没有可保存的日志。</translation>
        </message>
    </context>
    <context>
        <name>TrafficEvent</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 字节</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>auto-reply, %n byte(s)</source>
            <translation>
                <numerusform>自动回复，%n 字节</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrafficEventFormatter</name>
        <message>
            <source> … (%1 bytes)</source>
            <translation> …（共 %1 字节）</translation>
        </message>
    </context>
    <context>
        <name>TrafficModel</name>
        <message>
            <source>Could not save the traffic log to %1: %2</source>
            <translation>无法把通信日志保存到 %1：%2</translation>
        </message>
        <message>
            <source>%1 …</source>
            <translation>%1 …</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>received</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>state change</source>
            <translation>状态变化</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>%1 bytes; only the first %2 bytes are kept for display.</source>
            <translation>共 %1 字节；只保留前 %2 字节用于显示。</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 字节</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>对端</translation>
        </message>
        <message>
            <source>Dir.</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>字节</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>When the event happened (hours:minutes:seconds.milliseconds)</source>
            <translation>事件发生的时间（时:分:秒.毫秒）</translation>
        </message>
        <message>
            <source>The other end of the connection (address:port)</source>
            <translation>连接的另一端（地址:端口）</translation>
        </message>
        <message>
            <source>← received, → sent, • state change, ! error</source>
            <translation>← 接收，→ 发送，• 状态变化，! 错误</translation>
        </message>
        <message>
            <source>Size of the chunk in bytes, as one recv() returned it or one send() wrote it</source>
            <translation>数据块的字节数，即一次 recv() 返回或一次 send() 写出的大小</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>Whether a received message ends with a valid checksum: ✓ valid, ✗ wrong, ? cannot be checked</source>
            <translation>接收的消息末尾是否带有正确的校验：✓ 正确，✗ 错误，? 无法校验</translation>
        </message>
        <message>
            <source>The bytes as text in the chosen encoding, as hex, or both side by side</source>
            <translation>按所选编码显示为文本、显示为十六进制，或两者并排显示的字节</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln byte(s))</source>
            <translation>
                <numerusform>（另有 %Ln 字节）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrafficView</name>
        <message>
            <source>Display mode</source>
            <translation>显示方式</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>十六进制</translation>
        </message>
        <message>
            <source>Character encoding used to show received and sent bytes as text</source>
            <translation>把收发的字节显示为文本时所用的字符编码</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Show only the events of one peer</source>
            <translation>只显示某一个对端的事件</translation>
        </message>
        <message>
            <source>Peer filter</source>
            <translation>对端筛选</translation>
        </message>
        <message>
            <source>Keep the newest event in view</source>
            <translation>始终显示最新的事件</translation>
        </message>
        <message>
            <source>Auto-scroll</source>
            <translation>自动滚动</translation>
        </message>
        <message>
            <source>Copy the selected rows as text (Ctrl+C)</source>
            <translation>把所选行复制为文本（Ctrl+C）</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Remove all events from the log</source>
            <translation>从日志中删除所有事件</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Save the whole log to a file</source>
            <translation>把整个日志保存到文件</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Selected event</source>
            <translation>所选事件</translation>
        </message>
        <message>
            <source>Select a row to see the whole message and its bytes.</source>
            <translation>选择一行可查看完整的消息及其字节。</translation>
        </message>
        <message>
            <source>All peers</source>
            <translation>所有对端</translation>
        </message>
        <message>
            <source>Save as text…</source>
            <translation>另存为文本…</translation>
        </message>
        <message>
            <source>Save as CSV…</source>
            <translation>另存为 CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) (%1 dropped by the cap)</source>
            <translation>
                <numerusform>%Ln 个事件（因超出上限丢弃了 %1 个）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln 个事件</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 shown of %2</source>
            <translation>显示 %1 / %2</translation>
        </message>
        <message>
            <source>(this program)</source>
            <translation>（本程序）</translation>
        </message>
        <message>
            <source>Time: %1</source>
            <translation>时间：%1</translation>
        </message>
        <message>
            <source>Peer: %1</source>
            <translation>对端：%1</translation>
        </message>
        <message>
            <source>Event: state change</source>
            <translation>事件：状态变化</translation>
        </message>
        <message>
            <source>Event: error</source>
            <translation>事件：错误</translation>
        </message>
        <message>
            <source>Direction: sent</source>
            <translation>方向：发送</translation>
        </message>
        <message>
            <source>Direction: received</source>
            <translation>方向：接收</translation>
        </message>
        <message>
            <source>Size: %1 bytes (only the first %2 bytes were kept)</source>
            <translation>大小：%1 字节（只保留了前 %2 字节）</translation>
        </message>
        <message numerus="yes">
            <source>Size: %n byte(s)</source>
            <translation>
                <numerusform>大小：%n 字节</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>备注：%1</translation>
        </message>
        <message>
            <source>Show the data as text, as hex bytes, or both side by side like a hex editor (offset, hex, text)</source>
            <translation>以文本、十六进制字节显示数据，或像十六进制编辑器那样并排显示两者（偏移、十六进制、文本）</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>混合</translation>
        </message>
        <message>
            <source>View</source>
            <translation>视图</translation>
        </message>
        <message>
            <source>Pause the display: new events are still received, counted and kept, and shown when you resume</source>
            <translation>暂停显示：新事件仍会接收、计数并保留，继续后即显示</translation>
        </message>
        <message>
            <source>Pause the display</source>
            <translation>暂停显示</translation>
        </message>
        <message>
            <source>Show the events that arrived while the display was paused</source>
            <translation>显示暂停期间到达的事件</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Show timestamps</source>
            <translation>显示时间戳</translation>
        </message>
        <message>
            <source>Show the Time column. Copied and saved rows always have their time.</source>
            <translation>显示“时间”列。复制和保存的行始终带有时间。</translation>
        </message>
        <message>
            <source>Show sent data</source>
            <translation>显示发送的数据</translation>
        </message>
        <message>
            <source>Show the rows of data this program sent. Hidden sent rows are still counted, kept and saved with the log.</source>
            <translation>显示本程序发送的数据行。隐藏的发送行仍会计数、保留，并随日志一起保存。</translation>
        </message>
        <message>
            <source>Wrap long rows</source>
            <translation>长行自动换行</translation>
        </message>
        <message numerus="yes">
            <source>Show up to %n lines of each row's data (every row gets that tall)</source>
            <translation>
                <numerusform>每行数据最多显示 %n 行（所有行都变为同样的高度）</numerusform>
            </translation>
        </message>
        <message>
            <source>Verify received checksum</source>
            <translation>校验接收的数据</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>不校验</translation>
        </message>
        <message>
            <source>Do not check received data</source>
            <translation>不校验接收到的数据</translation>
        </message>
        <message>
            <source>Check that each received message ends with its %1, as the send box appends it</source>
            <translation>检查每条接收的消息末尾是否带有正确的 %1（与发送框附加的方式相同）</translation>
        </message>
        <message numerus="yes">
            <source>Paused: %Ln new event(s) not shown yet, still received, counted and kept.</source>
            <translation>
                <numerusform>已暂停：%Ln 个新事件尚未显示，它们仍在接收、计数并保留。</numerusform>
            </translation>
        </message>
        <message>
            <source>Checksum: %1</source>
            <translation>校验：%1</translation>
        </message>
        <message>
            <source>What the view shows: the log, the diagram or both; timestamps, sent data, long rows wrapped, auto-scroll, checksum verification</source>
            <translation>视图显示的内容：日志、时序图或两者；时间戳、发送的数据、长行换行、自动滚动、校验验证</translation>
        </message>
        <message>
            <source>Save as events (JSON Lines)…</source>
            <translation>另存为事件 (JSON Lines)…</translation>
        </message>
        <message>
            <source>Every event of the log, as `socketlab diagram` and other programs read it</source>
            <translation>日志中的全部事件，格式可供 `socketlab diagram` 和其他程序读取</translation>
        </message>
        <message>
            <source>Export diagram (SVG or PNG)…</source>
            <translation>导出时序图 (SVG 或 PNG)…</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Show the events as a table</source>
            <translation>以表格显示事件</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>时序图</translation>
        </message>
        <message>
            <source>Show the conversation as a diagram: one line per endpoint, an arrow per event, time going down</source>
            <translation>以时序图显示通信过程：每个端点一条竖线，每个事件一个箭头，时间自上而下</translation>
        </message>
        <message>
            <source>Log and diagram side by side</source>
            <translation>日志与时序图并排</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>SVG 图片 (*.svg)</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Export the diagram</source>
            <translation>导出时序图</translation>
        </message>
        <message>
            <source>Could not export the diagram</source>
            <translation>无法导出时序图</translation>
        </message>
    </context>
    <context>
        <name>TransferJob</name>
        <message>
            <source>The server %1 did not answer within %2 seconds.</source>
            <translation>服务器 %1 在 %2 秒内没有应答。</translation>
        </message>
    </context>
    <context>
        <name>TransferSpeedChart</name>
        <message>
            <source>All transfers</source>
            <translation>全部传输</translation>
        </message>
        <message>
            <source>Speed of the selected transfer and of all transfers together over the last 60 seconds (now at the right), updated every second. A finished transfer's curve ends at the right edge.</source>
            <translation>最近 60 秒内所选传输和全部传输的速度（最右侧为当前），每秒更新一次。已结束的传输，其曲线止于最右侧。</translation>
        </message>
    </context>
    <context>
        <name>TransferSpeedGraph</name>
        <message>
            <source>All transfers together. Select a transfer in the table to see its own speed.</source>
            <translation>全部传输的合计速度。在表格中选中一个传输，可查看它自己的速度。</translation>
        </message>
        <message numerus="yes">
            <source>All transfers: %1 now, %2 on average over the last %n second(s).</source>
            <translation>
                <numerusform>全部传输：当前 %1，最近 %n 秒平均 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is waiting to start.</source>
            <translation>%1 正在等待开始。</translation>
        </message>
        <message>
            <source>%1: %2 now.</source>
            <translation>%1：当前 %2。</translation>
        </message>
        <message>
            <source>%1: %2 now, %3 on average since it started.</source>
            <translation>%1：当前 %2，开始以来平均 %3。</translation>
        </message>
        <message>
            <source>%1: every byte is here (%2 on average); checking its SHA-256.</source>
            <translation>%1：所有字节已到（平均 %2），正在校验 SHA-256。</translation>
        </message>
        <message>
            <source>%1 finished: %2 on average.</source>
            <translation>%1 已完成：平均 %2。</translation>
        </message>
        <message>
            <source>%1 failed: %2 on average until then.</source>
            <translation>%1 失败：失败前平均 %2。</translation>
        </message>
        <message>
            <source>%1 was cancelled: %2 on average until then.</source>
            <translation>%1 已取消：取消前平均 %2。</translation>
        </message>
    </context>
    <context>
        <name>TransferTableModel</name>
        <message>
            <source>Peer</source>
            <translation>对端</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Done / total</source>
            <translation>已完成 / 总计</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Download (classic)</source>
            <translation>下载（经典）</translation>
        </message>
        <message>
            <source>Download (SocketLab)</source>
            <translation>下载（SocketLab）</translation>
        </message>
        <message>
            <source>Upload (classic)</source>
            <translation>上传（经典）</translation>
        </message>
        <message>
            <source>Upload (SocketLab)</source>
            <translation>上传（SocketLab）</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>Running (resumed at %1)</source>
            <translation>进行中（从 %1 处续传）</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>正在校验…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Done. %1</source>
            <translation>完成。%1</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>已取消：%1</translation>
        </message>
    </context>
    <context>
        <name>TransferText</name>
        <message>
            <source>unknown size</source>
            <translation>大小未知</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>%1 of “%2” started (%3), resuming at %4</source>
            <translation>%1“%2”已开始（%3），从 %4 处续传</translation>
        </message>
        <message>
            <source>%1 of “%2” started (%3)</source>
            <translation>%1“%2”已开始（%3）</translation>
        </message>
        <message>
            <source>%1 of “%2” done: %3 at %4. %5</source>
            <translation>%1“%2”已完成：%3，速度 %4。%5</translation>
        </message>
        <message>
            <source>%1 of “%2” cancelled after %3: %4</source>
            <translation>%1“%2”在传输 %3 后被取消：%4</translation>
        </message>
        <message>
            <source>%1 of “%2” failed: %3</source>
            <translation>%1“%2”失败：%3</translation>
        </message>
        <message>
            <source>%1: verifying…</source>
            <translation>%1：正在校验…</translation>
        </message>
        <message>
            <source>%1: %2 at %3</source>
            <translation>%1：%2，速度 %3</translation>
        </message>
        <message>
            <source>%1: %2% — %3 of %4 at %5</source>
            <translation>%1：%2% — %3 / %4，速度 %5</translation>
        </message>
        <message>
            <source>classic download</source>
            <translation>经典下载</translation>
        </message>
        <message>
            <source>SLFT download</source>
            <translation>SLFT 下载</translation>
        </message>
        <message>
            <source>classic upload</source>
            <translation>经典上传</translation>
        </message>
        <message>
            <source>SLFT upload</source>
            <translation>SLFT 上传</translation>
        </message>
        <message>
            <source>%1 of “%2” cancelled after %3.</source>
            <translation>“%2”的%1在传输 %3 后被取消。</translation>
        </message>
    </context>
    <context>
        <name>UdpCommand</name>
        <message>
            <source>Nobody to send to yet: give --to HOST:PORT, or wait for a datagram (lines then go to its sender).</source>
            <translation>还没有发送对象：请给出 --to HOST:PORT，或等收到数据报后再发（输入的行会发给它的发送方）。</translation>
        </message>
        <message>
            <source>Counters: datagrams received %1, bytes received %2, datagrams sent %3, bytes sent %4, errors %5.</source>
            <translation>计数：收到数据报 %1 个，收到 %2 字节，发出数据报 %3 个，发出 %4 字节，错误 %5 个。</translation>
        </message>
    </context>
    <context>
        <name>UdpCommandLine</name>
        <message>
            <source>Receives and sends UDP datagrams.</source>
            <translation>接收和发送 UDP 数据报。</translation>
        </message>
        <message>
            <source>Each datagram is printed on one line with its sender (ip:port), its text and its size; each line typed on standard input is sent as one datagram to --to, or, without --to, to whoever sent the last datagram. It runs until Ctrl+C (or SIGTERM), whatever happens to standard input, and then prints the counters.</source>
            <translation>每个数据报打印一行，包括发送方（ip:port）、文本和大小；在标准输入中键入的每一行作为一个数据报发送给 --to 指定的地址；没有 --to 时，发送给最近一个数据报的发送方。无论标准输入如何，都一直运行到 Ctrl+C（或 SIGTERM），然后打印计数。</translation>
        </message>
        <message>
            <source>Port to receive on (0: the system picks one).</source>
            <translation>接收的端口（0：由系统挑选）。</translation>
        </message>
        <message>
            <source>0 when --to is given</source>
            <translation>使用 --to 时为 0</translation>
        </message>
        <message>
            <source>Send typed lines there (a name such as localhost is looked up).</source>
            <translation>把输入的行发送到这里（localhost 这样的主机名会先解析）。</translation>
        </message>
        <message>
            <source>Address to bind: any (IPv4 + IPv6), localhost or an IP address.</source>
            <translation>绑定的地址：any（IPv4 + IPv6）、localhost 或 IP 地址。</translation>
        </message>
        <message>
            <source>Answer each datagram: none, echo, upper, or text:STR (a fixed text, like seed 003's server answering “ok”).</source>
            <translation>对每个数据报的回复：none、echo、upper 或 text:STR（固定文本，如示例 003 的服务器回复“ok”）。</translation>
        </message>
        <message>
            <source>At most N auto-replies per sender per second (0: no limit), so that two programs answering each other stop; our own address is never answered.</source>
            <translation>每个发送方每秒最多自动回复 N 次（0：不限），这样两个互相应答的程序会停下来；从不回复我方自己的地址。</translation>
        </message>
        <message>
            <source>Join a multicast group (may be repeated); with an IPv4 group, “any” binds IPv4 only.</source>
            <translation>加入组播组（可重复使用）；加入 IPv4 组时，“any”只绑定 IPv4。</translation>
        </message>
        <message>
            <source>Network interface for the multicast joins and sends.</source>
            <translation>加入组播组和发送组播所用的网络接口。</translation>
        </message>
        <message>
            <source>the system's choice</source>
            <translation>由系统决定</translation>
        </message>
        <message>
            <source>TTL / hop limit of the multicast datagrams we send (0-255).</source>
            <translation>我方发送的组播数据报的 TTL / 跳数限制（0-255）。</translation>
        </message>
        <message>
            <source>Do not print datagrams, only states, errors and the final counters.</source>
            <translation>不打印数据报，只打印状态、错误和最后的计数。</translation>
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be bound, 2 on bad arguments.</source>
            <translation>退出状态：Ctrl+C/SIGTERM 后为 0，端口无法绑定时为 1，参数错误时为 2。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: udp takes only options.</source>
            <translation>多余的参数“%1”：udp 只接受选项。</translation>
        </message>
        <message>
            <source>“%1” is not a port number: use 0-65535 (0: the system picks one).</source>
            <translation>“%1”不是端口号：请使用 0-65535（0：由系统挑选）。</translation>
        </message>
        <message>
            <source>Say what to do: --port N to receive on port N, and/or --to HOST:PORT to send typed lines there.</source>
            <translation>请说明要做什么：--port N 在端口 N 上接收，和/或 --to HOST:PORT 把输入的行发送到那里。</translation>
        </message>
        <message>
            <source>“%1” is not an address to bind: use any, localhost or an IP address such as 127.0.0.1.</source>
            <translation>“%1”不是可绑定的地址：请使用 any、localhost 或 IP 地址，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>“%1” is not a number of replies for --reply-limit: use 0 or more (0: no limit).</source>
            <translation>“%1”不是 --reply-limit 的回复次数：请使用 0 或更大的数（0：不限）。</translation>
        </message>
        <message>
            <source>“%1” is not a multicast group: use 224.0.0.0-239.255.255.255 or an IPv6 ff00::/8 address.</source>
            <translation>“%1”不是组播组：请使用 224.0.0.0-239.255.255.255 或 IPv6 的 ff00::/8 地址。</translation>
        </message>
        <message>
            <source>“%1” is not a TTL: use 0-255.</source>
            <translation>“%1”不是有效的 TTL：请使用 0-255。</translation>
        </message>
    </context>
    <context>
        <name>UdpPeer</name>
        <message>
            <source>any address (IPv4 + IPv6), port %1</source>
            <translation>任意地址（IPv4 + IPv6），端口 %1</translation>
        </message>
        <message>
            <source>Bound to %1: waiting for datagrams.</source>
            <translation>已绑定到 %1：正在等待数据报。</translation>
        </message>
        <message>
            <source>Closed the socket on %1.</source>
            <translation>已关闭 %1 上的套接字。</translation>
        </message>
        <message>
            <source>Not bound yet: the system chose port %1 to send from, so replies come back here.</source>
            <translation>尚未绑定：系统选择了端口 %1 用于发送，回复会发回到这里。</translation>
        </message>
        <message>
            <source>Reading a datagram failed: %1</source>
            <translation>读取数据报失败：%1</translation>
        </message>
        <message>
            <source>Nobody is listening on %1 (the system reported port unreachable).</source>
            <translation>%1 上没有程序在接收（系统报告端口不可达）。</translation>
        </message>
        <message>
            <source>%1 cannot be reached (the system reported host unreachable).</source>
            <translation>无法到达 %1（系统报告主机不可达）。</translation>
        </message>
        <message>
            <source>%1 cannot be reached (the system reported network unreachable).</source>
            <translation>无法到达 %1（系统报告网络不可达）。</translation>
        </message>
        <message>
            <source>A datagram to %1 was too large for the path to it (the system reported message too long).</source>
            <translation>发往 %1 的数据报对这条路径来说太大（系统报告消息过长）。</translation>
        </message>
        <message>
            <source>Sending to %1 failed later: %2</source>
            <translation>发往 %1 的数据随后发送失败：%2</translation>
        </message>
        <message>
            <source>Say where to send: a host (such as 127.0.0.1 or localhost) and a port of 1-65535.</source>
            <translation>请指定发送目标：主机（如 127.0.0.1 或 localhost）和 1-65535 之间的端口。</translation>
        </message>
        <message>
            <source>Too many datagrams are waiting for the name lookup of “%1”; this one was not sent.</source>
            <translation>等待解析“%1”的数据报太多；这个数据报没有发送。</translation>
        </message>
        <message>
            <source>Nobody has sent a datagram yet, so there is no last sender to reply to.</source>
            <translation>还没有人发来数据报，因此没有可以回复的发送方。</translation>
        </message>
        <message>
            <source>The datagram for %1 is %L2 bytes, but one UDP datagram over %3 carries at most %L4 bytes. Nothing was sent: split the data into smaller messages.</source>
            <translation>发往 %1 的数据报有 %L2 字节，但基于 %3 的一个 UDP 数据报最多携带 %L4 字节。没有发送任何内容：请把数据拆成较小的消息。</translation>
        </message>
        <message>
            <source>The datagram for %1 (%L2 bytes) is too large for this network; nothing was sent.</source>
            <translation>发往 %1 的数据报（%L2 字节）对这个网络来说太大；没有发送任何内容。</translation>
        </message>
        <message>
            <source>The system's send buffer is full; the datagram for %1 was dropped.</source>
            <translation>系统的发送缓冲区已满；发往 %1 的数据报被丢弃。</translation>
        </message>
        <message>
            <source>Could not send to %1: %2</source>
            <translation>无法发送到 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a multicast group address (IPv4: 224.0.0.0 to 239.255.255.255, IPv6: ff00::/8).</source>
            <translation>%1 不是组播组地址（IPv4：224.0.0.0 到 239.255.255.255，IPv6：ff00::/8）。</translation>
        </message>
        <message>
            <source>Bind a port first: a multicast group is joined by a bound socket.</source>
            <translation>请先绑定端口：只有已绑定的套接字才能加入组播组。</translation>
        </message>
        <message>
            <source>This machine has no network interface named “%1”.</source>
            <translation>本机没有名为“%1”的网络接口。</translation>
        </message>
        <message>
            <source>Could not join the multicast group %1: %2</source>
            <translation>无法加入组播组 %1：%2</translation>
        </message>
        <message>
            <source>Joined the multicast group %1.</source>
            <translation>已加入组播组 %1。</translation>
        </message>
        <message>
            <source>Joined the multicast group %1 on %2.</source>
            <translation>已在 %2 上加入组播组 %1。</translation>
        </message>
        <message>
            <source>Could not leave the multicast group %1: %2</source>
            <translation>无法退出组播组 %1：%2</translation>
        </message>
        <message>
            <source>Left the multicast group %1.</source>
            <translation>已退出组播组 %1。</translation>
        </message>
        <message>
            <source>The datagram for %1 is %L2 bytes, but one UDP datagram carries at most %L3 bytes over IPv4 (%L4 over IPv6). Nothing was sent: split the data into smaller messages.</source>
            <translation>发往 %1 的数据报有 %L2 字节，但一个 UDP 数据报基于 IPv4 最多携带 %L3 字节（基于 IPv6 最多 %L4 字节）。没有发送任何内容：请把数据拆成较小的消息。</translation>
        </message>
        <message>
            <source>Not answering datagrams from %1: that is this socket's own address, and answering itself would never stop.</source>
            <translation>不回复来自 %1 的数据报：那是本套接字自己的地址，自己回复自己将永远停不下来。</translation>
        </message>
        <message>
            <source>Auto-reply resumed for %1.</source>
            <translation>已恢复对 %1 的自动回复。</translation>
        </message>
        <message numerus="yes">
            <source>Auto-reply paused for %1: too many replies (at most %n a second).</source>
            <translation>
                <numerusform>已暂停对 %1 的自动回复：回复太多（每秒最多 %n 次）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The IPv4 group %1 cannot be joined from a socket bound to the IPv6 address %2 (IPv6 only): bind to any address (IPv4 + IPv6) or to an IPv4 address, then join again.</source>
            <translation>绑定在 IPv6 地址 %2（仅 IPv6）的套接字无法加入 IPv4 组 %1：请绑定任意地址（IPv4 + IPv6）或一个 IPv4 地址，然后重新加入。</translation>
        </message>
        <message>
            <source>The IPv6 group %1 cannot be joined from a socket bound to the IPv4 address %2 (IPv4 only): bind to any address (IPv4 + IPv6) or to an IPv6 address, then join again.</source>
            <translation>绑定在 IPv4 地址 %2（仅 IPv4）的套接字无法加入 IPv6 组 %1：请绑定任意地址（IPv4 + IPv6）或一个 IPv6 地址，然后重新加入。</translation>
        </message>
        <message>
            <source>A datagram sent earlier found nobody listening (the system reported port unreachable without saying where it was going).</source>
            <translation>先前发出的某个数据报没有程序接收（系统报告端口不可达，但没有说明发往何处）。</translation>
        </message>
    </context>
    <context>
        <name>UdpTab</name>
        <message>
            <source>UDP</source>
            <translation>UDP</translation>
        </message>
        <message>
            <source>Local socket</source>
            <translation>本地套接字</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Bind</source>
            <translation>绑定(&amp;B)</translation>
        </message>
        <message>
            <source>Not bound. Sending binds a free port automatically, so replies can come back.</source>
            <translation>未绑定。发送时会自动绑定一个空闲端口，以便接收回复。</translation>
        </message>
        <message>
            <source>Send to</source>
            <translation>发送到</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>A host name, an IPv4 or IPv6 address, a broadcast address or a multicast group.</source>
            <translation>主机名、IPv4 或 IPv6 地址、广播地址或组播组。</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>端口(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Broadcast:</source>
            <translation>广播(&amp;B)：</translation>
        </message>
        <message>
            <source>Pick a broadcast address to send to every machine on that network.</source>
            <translation>选择一个广播地址，发送给该网络中的所有机器。</translation>
        </message>
        <message>
            <source>Reply to the &amp;last sender instead</source>
            <translation>改为回复最近的发送方(&amp;L)</translation>
        </message>
        <message>
            <source>No datagram received yet.</source>
            <translation>尚未收到数据报。</translation>
        </message>
        <message>
            <source>Auto-reply</source>
            <translation>自动回复</translation>
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
            <source>Multicast</source>
            <translation>组播</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>组(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Interface:</source>
            <translation>接口(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>加入(&amp;J)</translation>
        </message>
        <message>
            <source>L&amp;eave</source>
            <translation>退出(&amp;E)</translation>
        </message>
        <message>
            <source>How many routers a multicast datagram may cross (hop limit for IPv6); 1 stays on the local network.</source>
            <translation>组播数据报最多可经过几个路由器（IPv6 的跳数限制）；1 表示只在本地网络内。</translation>
        </message>
        <message>
            <source>Loop&amp;back</source>
            <translation>回环(&amp;B)</translation>
        </message>
        <message>
            <source>Also deliver our own multicast datagrams to this machine.</source>
            <translation>我方发出的组播数据报也投递给本机。</translation>
        </message>
        <message>
            <source>Senders seen</source>
            <translation>已见过的发送方</translation>
        </message>
        <message>
            <source>Click a sender to make it the target.</source>
            <translation>单击某个发送方，将其设为发送目标。</translation>
        </message>
        <message>
            <source>Last sender: %1</source>
            <translation>最近的发送方：%1</translation>
        </message>
        <message>
            <source>Choose a broadcast address…</source>
            <translation>选择广播地址…</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>系统默认</translation>
        </message>
        <message>
            <source>Binding…</source>
            <translation>正在绑定…</translation>
        </message>
        <message>
            <source>Sending from %1 (bound automatically); replies to it are shown.</source>
            <translation>从 %1 发送（自动绑定）；发回这里的回复会显示出来。</translation>
        </message>
        <message>
            <source>Bound to %1: datagrams sent here are shown.</source>
            <translation>已绑定到 %1：发到这里的数据报会显示出来。</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Type the host to send to first, for example 127.0.0.1.</source>
            <translation>请先输入要发送到的主机，例如 127.0.0.1。</translation>
        </message>
        <message>
            <source>Cannot read the file</source>
            <translation>无法读取文件</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>File too large for one datagram</source>
            <translation>文件太大，一个数据报装不下</translation>
        </message>
        <message>
            <source>%1 has %2 bytes, but one UDP datagram carries at most 65,507 bytes over IPv4. Use the TCP tab or the file-transfer tab for files.</source>
            <translation>%1 有 %2 字节，但基于 IPv4 的一个 UDP 数据报最多携带 65,507 字节。发送文件请使用 TCP 标签页或文件传输标签页。</translation>
        </message>
        <message>
            <source>“%1” is not a multicast group: use 224.0.0.0–239.255.255.255 (IPv4) or ff00::/8 (IPv6), for example 239.255.0.1.</source>
            <translation>“%1”不是组播组：请使用 224.0.0.0–239.255.255.255（IPv4）或 ff00::/8（IPv6），例如 239.255.0.1。</translation>
        </message>
        <message>
            <source>Un&amp;bind</source>
            <translation>解除绑定(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;TTL / hop limit:</source>
            <translation>TTL / 跳数限制(&amp;T)：</translation>
        </message>
        <message>
            <source>%1 (default interface)</source>
            <translation>%1（默认接口）</translation>
        </message>
        <message>
            <source>UDP on %1: datagrams received %2, sent %3</source>
            <translation>UDP %1：收到数据报 %2 个，发出 %3 个</translation>
        </message>
        <message>
            <source>Datagrams received: %1
Bytes received: %2
Datagrams sent: %3
Bytes sent: %4
Receive errors: %5</source>
            <translation>收到数据报：%1
收到字节：%2
发出数据报：%3
发出字节：%4
接收错误：%5</translation>
        </message>
        <message>
            <source>Joined groups (pick one to leave it):</source>
            <translation>已加入的组（选中一个可退出）：</translation>
        </message>
        <message>
            <source>The multicast groups this socket has joined, with their interface.</source>
            <translation>此套接字已加入的组播组及其网络接口。</translation>
        </message>
        <message>
            <source>Not bound: the last bind failed. Press Bind to try again and see why.</source>
            <translation>未绑定：上次绑定失败。按“绑定”再试一次即可看到原因。</translation>
        </message>
        <message>
            <source>Reset counters</source>
            <translation>计数清零</translation>
        </message>
        <message>
            <source>Set the counters back to zero; the log, the senders seen and the socket stay as they are.</source>
            <translation>把计数清零；日志、已见过的发送方和套接字保持不变。</translation>
        </message>
        <message>
            <source>Quick-send message: %1</source>
            <translation>快捷发送消息：%1</translation>
        </message>
        <message>
            <source>Quick-send message (the list is empty)</source>
            <translation>快捷发送消息（列表为空）</translation>
        </message>
        <message>
            <source>The quick-send message “%1” was deleted, so datagrams are no longer answered with it: the reply is now “None”.</source>
            <translation>快捷发送消息“%1”已被删除，不再用它回复数据报：回复已改为“不回复”。</translation>
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
            <source>Fixed text (default 已送达, “delivered”)</source>
            <translation>固定文本（默认“已送达”）</translation>
        </message>
    </context>
    <context>
        <name>UploadStateFolder</name>
        <message>
            <source>The upload folder %1 cannot be opened: %2</source>
            <translation>无法打开上传文件夹 %1：%2</translation>
        </message>
        <message>
            <source>Cannot create the folder for unfinished uploads in %1: %2</source>
            <translation>无法在 %1 中创建存放未完成上传的文件夹：%2</translation>
        </message>
        <message>
            <source>%1 is not SocketLab's folder for unfinished uploads (a symlink or not a folder); remove it or choose another upload folder.</source>
            <translation>%1 不是 SocketLab 存放未完成上传的文件夹（它是符号链接或不是文件夹）；请删除它或选择其他上传文件夹。</translation>
        </message>
        <message>
            <source>The folder for unfinished uploads %1 belongs to another user or can be written by others; remove it or choose another upload folder.</source>
            <translation>存放未完成上传的文件夹 %1 属于其他用户或可被他人写入；请删除它或选择其他上传文件夹。</translation>
        </message>
        <message>
            <source>Cannot write into the folder %1: %2</source>
            <translation>无法写入文件夹 %1：%2</translation>
        </message>
        <message>
            <source>The folder %1 holds too many unfinished uploads of this name and size that SocketLab did not make; none of them was touched.</source>
            <translation>文件夹 %1 中有太多同名同大小、但并非 SocketLab 创建的未完成上传；它们都未被改动。</translation>
        </message>
        <message>
            <source>Cannot write into the folder %1.</source>
            <translation>无法写入文件夹 %1。</translation>
        </message>
        <message>
            <source>The unfinished upload %1 was replaced or removed by someone else; it was not saved.</source>
            <translation>未完成的上传 %1 已被他人替换或删除；未保存。</translation>
        </message>
        <message>
            <source>The file name is too long for the file system of the upload folder.</source>
            <translation>文件名太长，上传文件夹所在的文件系统无法保存。</translation>
        </message>
        <message>
            <source>Could not give %1 its final name in %2: %3</source>
            <translation>无法在 %2 中把文件命名为 %1：%3</translation>
        </message>
        <message>
            <source>Could not give %1 its final name in %2: every numbered name is taken.</source>
            <translation>无法在 %2 中把文件命名为 %1：所有带编号的名称都已被占用。</translation>
        </message>
        <message>
            <source>Cannot create the folder for unfinished uploads in %1 (permission denied or disk full).</source>
            <translation>无法在 %1 中创建存放未完成上传的文件夹（权限不足或磁盘已满）。</translation>
        </message>
        <message>
            <source>Could not give %1 its final name in %2.</source>
            <translation>无法在 %2 中把文件命名为 %1。</translation>
        </message>
    </context>
    <context>
        <name>WebCommand</name>
        <message>
            <source>Serving %1 on %2 (and %3)</source>
            <translation>正在提供 %1，地址：%2（以及 %3）</translation>
        </message>
        <message>
            <source>Serving %1 on %2</source>
            <translation>正在提供 %1，地址：%2</translation>
        </message>
        <message>
            <source>Stopped listening.</source>
            <translation>已停止监听。</translation>
        </message>
    </context>
    <context>
        <name>WebCommandLine</name>
        <message>
            <source>Serves the files of a folder over HTTP.</source>
            <translation>通过 HTTP 提供一个文件夹中的文件。</translation>
        </message>
        <message>
            <source>Where it listens is printed first, then one access-log line per request. It runs until Ctrl+C (or SIGTERM), whatever happens to standard input.</source>
            <translation>先打印监听的地址，然后每个请求打印一行访问日志。无论标准输入如何，都一直运行到 Ctrl+C（或 SIGTERM）。</translation>
        </message>
        <message>
            <source>The folder to serve (“/” is DIR/index.html).</source>
            <translation>要提供的文件夹（“/”即 DIR/index.html）。</translation>
        </message>
        <message>
            <source>Port to listen on (0: any free port).</source>
            <translation>监听的端口（0：任意空闲端口）。</translation>
        </message>
        <message>
            <source>List the files of folders that have no index.html.</source>
            <translation>列出没有 index.html 的文件夹中的文件。</translation>
        </message>
        <message>
            <source>Do not print a line per request.</source>
            <translation>不为每个请求打印一行。</translation>
        </message>
        <message>
            <source>Connections served at once; more get 503.</source>
            <translation>同时服务的连接数上限；超出的连接收到 503。</translation>
        </message>
        <message>
            <source>A request head must arrive within MS milliseconds, else 408.</source>
            <translation>请求头必须在 MS 毫秒内到达，否则返回 408。</translation>
        </message>
        <message>
            <source>An idle keep-alive or stalled connection is closed after MS milliseconds.</source>
            <translation>空闲的 keep-alive 连接或停滞的连接在 MS 毫秒后关闭。</translation>
        </message>
        <message>
            <source>Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad arguments.</source>
            <translation>退出状态：Ctrl+C/SIGTERM 后为 0，端口无法打开时为 1，参数错误时为 2。</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”: web takes only options.</source>
            <translation>多余的参数“%1”：web 只接受选项。</translation>
        </message>
        <message>
            <source>The folder to serve is missing: give it with --root DIR.</source>
            <translation>缺少要提供的文件夹：请用 --root DIR 指定。</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation>文件夹“%1”不存在。</translation>
        </message>
        <message>
            <source>“%1” is a file, not a folder: --root needs a folder.</source>
            <translation>“%1”是文件，不是文件夹：--root 需要文件夹。</translation>
        </message>
        <message>
            <source>“%1” is not a port number for --port: use 0-65535.</source>
            <translation>“%1”不是 --port 可用的端口号：请使用 0-65535。</translation>
        </message>
    </context>
    <context>
        <name>WebServer</name>
        <message>
            <source>The sample site is not built into this program.</source>
            <translation>本程序没有内置示例网站。</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>无法创建文件夹“%1”。</translation>
        </message>
        <message>
            <source>The file “%1” could not be written.</source>
            <translation>无法写入文件“%1”。</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist. Choose the folder to serve.</source>
            <translation>文件夹“%1”不存在。请选择要提供的文件夹。</translation>
        </message>
        <message>
            <source>“%1” is a file, not a folder. Choose the folder to serve.</source>
            <translation>“%1”是文件，不是文件夹。请选择要提供的文件夹。</translation>
        </message>
    </context>
    <context>
        <name>WebTab</name>
        <message>
            <source>Web server</source>
            <translation>Web 服务器</translation>
        </message>
        <message>
            <source>Static web server</source>
            <translation>静态 Web 服务器</translation>
        </message>
        <message>
            <source>&amp;Root folder:</source>
            <translation>根文件夹(&amp;R)：</translation>
        </message>
        <message>
            <source>The folder served as “/”. A request for “/” gets its index.html.</source>
            <translation>作为“/”提供的文件夹。请求“/”时返回其中的 index.html。</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Sa&amp;mple site</source>
            <translation>示例网站(&amp;M)</translation>
        </message>
        <message>
            <source>Serve the bundled sample site (a page with an image), copied to a folder you can edit.</source>
            <translation>提供内置的示例网站（一个带图片的网页），它会被复制到一个你可以编辑的文件夹。</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>Directory &amp;listing</source>
            <translation>目录列表(&amp;L)</translation>
        </message>
        <message>
            <source>Show a list of the files in a folder that has no index.html.</source>
            <translation>对没有 index.html 的文件夹，显示其中的文件列表。</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>启动(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>在浏览器中打开(&amp;O)</translation>
        </message>
        <message>
            <source>Not running.</source>
            <translation>未运行。</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>筛选(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Clear log</source>
            <translation>清空日志(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <source>Web server on %1: %n request(s)</source>
            <translation>
                <numerusform>Web 服务器 %1：%n 个请求</numerusform>
            </translation>
        </message>
        <message>
            <source>The sample site could not be prepared: %1</source>
            <translation>无法准备示例网站：%1</translation>
        </message>
        <message>
            <source>Choose the folder to serve</source>
            <translation>选择要提供的文件夹</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <source>Serving “%1” on %2 (the system chose port %3).</source>
            <translation>正在提供“%1”，地址：%2（系统选择了端口 %3）。</translation>
        </message>
        <message>
            <source>Serving “%1” on %2.</source>
            <translation>正在提供“%1”，地址：%2。</translation>
        </message>
        <message>
            <source>Open in a browser: %1</source>
            <translation>在浏览器中打开：%1</translation>
        </message>
        <message>
            <source>Requests: %1 · Sent: %2 · Open connections: %3</source>
            <translation>请求：%1 · 已发送：%2 · 当前连接：%3</translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s) turned away because the server was full.</source>
            <translation>
                <numerusform>因服务器已满，拒绝了 %n 个连接。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) left out of the log because it could not keep up.</source>
            <translation>
                <numerusform>日志来不及记录，漏记了 %n 个请求。</numerusform>
            </translation>
        </message>
        <message>
            <source>The filter shows %1 of %2 logged requests.</source>
            <translation>筛选后显示 %1 个请求（共记录 %2 个）。</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Path, client, method or status, e.g. 404</source>
            <translation>路径、客户端、方法或状态码，例如 404</translation>
        </message>
        <message>
            <source>… and here the head the server answered: the status line and the header lines.</source>
            <translation>…这里则是服务器应答的响应头：状态行和各个首部行。</translation>
        </message>
        <message>
            <source>Select a request in the log to see the head the client sent: the request line and the header lines. Double-click a request to open its target in the browser.</source>
            <translation>在日志中选择一个请求，可查看客户端发送的请求头：请求行和各个首部行。双击请求可在浏览器中打开其目标。</translation>
        </message>
        <message>
            <source>The log keeps the newest %1 requests; older ones were removed from it.</source>
            <translation>日志只保留最新的 %1 个请求；更早的请求已从日志中删除。</translation>
        </message>
        <message>
            <source>Not running: the last start failed. Press Start to try again and see why.</source>
            <translation>未运行：上次启动失败。按“启动”再试一次即可看到原因。</translation>
        </message>
    </context>
</TS>
