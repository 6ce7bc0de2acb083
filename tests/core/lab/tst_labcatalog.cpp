#include <QtTest>

#include "LabCatalog.h"
#include "LabFileParser.h"

// The built-in labs (resources/labs, compiled in under :/labs) and the worked example of
// docs/labs.md must all be valid lab files.
class tst_LabCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyBuiltInFileParses();
    void builtInOrder();
    void builtInById();
    void docsExampleParses();

private:
    static QString sourceDir();
};

QString tst_LabCatalog::sourceDir()
{
    return qEnvironmentVariable("SOCKETLAB_SOURCE_DIR");
}

void tst_LabCatalog::everyBuiltInFileParses()
{
    if (sourceDir().isEmpty())
        QSKIP("SOCKETLAB_SOURCE_DIR is not set (ctest sets it)");
    const QDir labs(sourceDir() + QStringLiteral("/resources/labs"));
    const QStringList files = labs.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QCOMPARE(QDir(QStringLiteral(":/labs")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name), files);
    for (const QString &name : files) {
        LabFileParser::Error error;
        const std::optional<LabDefinition> lab = LabFileParser::parseFile(QStringLiteral(":/labs/") + name, &error);
        QVERIFY2(lab, qPrintable(name + QStringLiteral(": ") + error.text()));
        // The file is named after the lab's id (the CLI name).
        QCOMPARE(lab->id + QStringLiteral(".json"), name);
        QCOMPARE(lab->source, QStringLiteral(":/labs/") + name);
        // Both languages for what the Lab tab shows.
        QVERIFY2(!lab->title.byLanguage.value(QStringLiteral("en")).isEmpty(), qPrintable(name));
        QVERIFY2(!lab->title.byLanguage.value(QStringLiteral("zh_CN")).isEmpty(), qPrintable(name));
    }
    QCOMPARE(LabCatalog::builtIn().size(), files.size());
}

void tst_LabCatalog::builtInOrder()
{
    const QStringList course{QStringLiteral("tcp-upper"),     QStringLiteral("tcp-chat"),      QStringLiteral("select-server"),
                             QStringLiteral("udp-ok"),        QStringLiteral("file-download"), QStringLiteral("file-upload"),
                             QStringLiteral("http"),          QStringLiteral("tcp-client"),    QStringLiteral("udp-send"),
                             QStringLiteral("upload-client"), QStringLiteral("download-client")};
    QStringList ids;
    for (const LabDefinition &lab : LabCatalog::builtIn())
        ids.append(lab.id);
    QVERIFY(!ids.isEmpty());
    // The course's labs that exist come first, in the course's order; any others after, by id.
    QStringList expected;
    for (const QString &id : course)
        if (ids.contains(id))
            expected.append(id);
    QStringList others;
    for (const QString &id : std::as_const(ids))
        if (!course.contains(id))
            others.append(id);
    others.sort();
    QCOMPARE(ids, expected + others);
    // Server labs before client labs.
    bool seenClient = false;
    for (const LabDefinition &lab : LabCatalog::builtIn()) {
        if (course.contains(lab.id) && lab.role == LabDefinition::Role::Client)
            seenClient = true;
        if (course.contains(lab.id))
            QVERIFY2(!(seenClient && lab.role == LabDefinition::Role::Server), qPrintable(lab.id));
    }
}

void tst_LabCatalog::builtInById()
{
    const std::optional<LabDefinition> upper = LabCatalog::builtIn(QStringLiteral("tcp-upper"));
    QVERIFY(upper);
    QCOMPARE(upper->id, QStringLiteral("tcp-upper"));
    QCOMPARE(upper->role, LabDefinition::Role::Server);
    QVERIFY(!upper->checks.isEmpty());
    QVERIFY(!LabCatalog::builtIn(QStringLiteral("no-such-lab")));
    QVERIFY(!LabCatalog::builtIn(QStringLiteral("../tcp-upper")));
}

void tst_LabCatalog::docsExampleParses()
{
    if (sourceDir().isEmpty())
        QSKIP("SOCKETLAB_SOURCE_DIR is not set (ctest sets it)");
    QFile doc(sourceDir() + QStringLiteral("/docs/labs.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QString text = QString::fromUtf8(doc.readAll());
    // The one ```json block of the page is its complete worked example.
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)\\n```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QList<QString> blocks;
    for (QRegularExpressionMatchIterator it = block.globalMatch(text); it.hasNext();)
        blocks.append(it.next().captured(1));
    QCOMPARE(blocks.size(), 1);

    LabFileParser::Error error;
    const std::optional<LabDefinition> lab = LabFileParser::parse(blocks.first().toUtf8(), QStringLiteral("docs/labs.md"), &error);
    QVERIFY2(lab, qPrintable(error.text()));
    QCOMPARE(lab->id, QStringLiteral("tcp-echo"));
    QCOMPARE(lab->role, LabDefinition::Role::Server);
    QCOMPARE(lab->defaultPort, quint16(9000));
    QCOMPARE(lab->checks.size(), 7);
    QCOMPARE(lab->checks.last().id, QStringLiteral("two-at-once"));
    QVERIFY(!lab->checks.last().required);
    for (const LabCheck &check : lab->checks) {
        QVERIFY2(!check.title.in(QStringLiteral("zh_CN")).isEmpty(), qPrintable(check.id));
        QVERIFY2(!check.explain.in(QStringLiteral("en")).isEmpty(), qPrintable(check.id));
        QVERIFY2(check.explain.byLanguage.contains(QStringLiteral("zh_CN")), qPrintable(check.id));
    }
}

QTEST_GUILESS_MAIN(tst_LabCatalog)
#include "tst_labcatalog.moc"
