#include <QtTest>

#include "Endpoint.h"

class tst_Endpoint : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void formatAddress_data();
    void formatAddress();
    void formatHost();
    void unmapped_data();
    void unmapped();
    void roundTrip();
};

void tst_Endpoint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:1246") << true << QStringLiteral("127.0.0.1") << 1246;
    QTest::newRow("name") << QStringLiteral("localhost:8000") << true << QStringLiteral("localhost") << 8000;
    QTest::newRow("spaces trimmed") << QStringLiteral("  example.org:80 ") << true << QStringLiteral("example.org") << 80;
    QTest::newRow("ipv6 bracketed") << QStringLiteral("[::1]:9000") << true << QStringLiteral("::1") << 9000;
    QTest::newRow("ipv6 full") << QStringLiteral("[fe80::1:2]:65535") << true << QStringLiteral("fe80::1:2") << 65535;
    QTest::newRow("port 1") << QStringLiteral("h:1") << true << QStringLiteral("h") << 1;
    QTest::newRow("ipv6 without brackets") << QStringLiteral("::1:9000") << false << QString() << 0;
    QTest::newRow("no port") << QStringLiteral("localhost") << false << QString() << 0;
    QTest::newRow("empty port") << QStringLiteral("localhost:") << false << QString() << 0;
    QTest::newRow("no host") << QStringLiteral(":80") << false << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("localhost:0") << false << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("localhost:65536") << false << QString() << 0;
    QTest::newRow("port negative") << QStringLiteral("localhost:-1") << false << QString() << 0;
    QTest::newRow("port not a number") << QStringLiteral("localhost:http") << false << QString() << 0;
    QTest::newRow("bracket without port") << QStringLiteral("[::1]") << false << QString() << 0;
    QTest::newRow("empty brackets") << QStringLiteral("[]:80") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
}

void tst_Endpoint::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString error;
    const std::optional<Endpoint> e = Endpoint::parse(text, &error);
    QCOMPARE(e.has_value(), valid);
    if (valid) {
        QCOMPARE(e->host, host);
        QCOMPARE(int(e->port), port);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("HOST:PORT")), qPrintable(error));
    }
    // The error pointer is optional.
    QCOMPARE(Endpoint::parse(text).has_value(), valid);
}

void tst_Endpoint::formatAddress_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << QHostAddress(QStringLiteral("127.0.0.1")) << QStringLiteral("127.0.0.1:5000");
    QTest::newRow("ipv6 loopback") << QHostAddress(QHostAddress::LocalHostIPv6) << QStringLiteral("[::1]:5000");
    QTest::newRow("ipv6") << QHostAddress(QStringLiteral("2001:db8::42")) << QStringLiteral("[2001:db8::42]:5000");
    QTest::newRow("ipv4-mapped shown as ipv4") << QHostAddress(QStringLiteral("::ffff:192.168.1.7")) << QStringLiteral("192.168.1.7:5000");
    QTest::newRow("ipv6 any") << QHostAddress(QHostAddress::AnyIPv6) << QStringLiteral("[::]:5000");
    QTest::newRow("ipv4 any") << QHostAddress(QHostAddress::AnyIPv4) << QStringLiteral("0.0.0.0:5000");
}

void tst_Endpoint::formatAddress()
{
    QFETCH(QHostAddress, address);
    QFETCH(QString, expected);
    QCOMPARE(Endpoint::format(address, 5000), expected);
}

void tst_Endpoint::formatHost()
{
    QCOMPARE(Endpoint::format(QStringLiteral("localhost"), 80), QStringLiteral("localhost:80"));
    QCOMPARE(Endpoint::format(QStringLiteral("::1"), 80), QStringLiteral("[::1]:80"));
    QCOMPARE(Endpoint::format(QStringLiteral("10.0.0.1"), 65535), QStringLiteral("10.0.0.1:65535"));
    QCOMPARE((Endpoint{QStringLiteral("fe80::1"), 7}.toString()), QStringLiteral("[fe80::1]:7"));
}

void tst_Endpoint::unmapped_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QHostAddress>("expected");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ipv4");
    const QHostAddress mapped(QStringLiteral("::ffff:192.168.1.7"));
    const QHostAddress v4(QStringLiteral("192.168.1.7"));
    QTest::newRow("ipv4-mapped") << mapped << v4 << QStringLiteral("192.168.1.7") << true;
    QTest::newRow("mapped loopback") << QHostAddress(QStringLiteral("::ffff:127.0.0.1")) << QHostAddress(QHostAddress::LocalHost)
                                     << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("ipv4") << v4 << v4 << QStringLiteral("192.168.1.7") << true;
    // "::" is not 0.0.0.0 (QHostAddress::toIPv4Address() says it is).
    QTest::newRow("ipv6 any") << QHostAddress(QStringLiteral("::")) << QHostAddress(QStringLiteral("::")) << QStringLiteral("::") << false;
    QTest::newRow("ipv6 loopback") << QHostAddress(QHostAddress::LocalHostIPv6) << QHostAddress(QHostAddress::LocalHostIPv6)
                                   << QStringLiteral("::1") << false;
    QTest::newRow("ipv6") << QHostAddress(QStringLiteral("2001:db8::42")) << QHostAddress(QStringLiteral("2001:db8::42"))
                          << QStringLiteral("2001:db8::42") << false;
    QTest::newRow("ipv4 any") << QHostAddress(QHostAddress::AnyIPv4) << QHostAddress(QHostAddress::AnyIPv4) << QStringLiteral("0.0.0.0") << true;
    QTest::newRow("dual-stack any") << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::Any) << QStringLiteral("0.0.0.0") << false;
}

void tst_Endpoint::unmapped()
{
    QFETCH(QHostAddress, address);
    QFETCH(QHostAddress, expected);
    QFETCH(QString, host);
    QFETCH(bool, ipv4);
    const QHostAddress result = Endpoint::unmapped(address);
    QCOMPARE(result, expected);
    QCOMPARE(result.protocol(), expected.protocol());
    QCOMPARE(Endpoint::hostText(address), host);
    QCOMPARE(Endpoint::isIPv4(address), ipv4);
}

void tst_Endpoint::roundTrip()
{
    for (const QString &text : {QStringLiteral("127.0.0.1:1"), QStringLiteral("[::1]:65535"), QStringLiteral("host.example:8080")}) {
        const auto e = Endpoint::parse(text);
        QVERIFY(e.has_value());
        QCOMPARE(e->toString(), text);
    }
}

QTEST_GUILESS_MAIN(tst_Endpoint)
#include "tst_endpoint.moc"
