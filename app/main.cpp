// SocketLab: no arguments opens the window; `socketlab COMMAND …` runs one engine headless;
// `socketlab --open COMMAND …` opens the window with that tab filled in and started.
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

#include "CliRunner.h"
#include "FileLimit.h"
#include "SystemTranslator.h"

#ifdef SOCKETLAB_WITH_GUI
#include <QApplication>
#include <QIcon>
#include "GuiStallMonitor.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#endif

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QCoreApplication::setApplicationName(QStringLiteral("SocketLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKETLAB_VERSION));
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const SystemTranslator translator;
    return CliRunner::run(QCoreApplication::arguments());
}

// `socketlab diagram`: fonts need a QGuiApplication, and no display is needed, so the offscreen
// platform unless QT_QPA_PLATFORM asks for another.
int runDrawing(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setIdentity();
    const SystemTranslator translator;
    return CliRunner::run(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char **argv)
{
    FileLimit::raiseToMaximum();   // a server for a whole lab holds many sockets
#ifdef SOCKETLAB_WITH_GUI
    const bool wantsCommand = argc > 1 && std::strcmp(argv[1], "--open") != 0;
    if (!wantsCommand) {
        QApplication app(argc, argv);
        setIdentity();
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.svg")));
        LanguageManager::instance().applySaved();
        MainWindow window;
        window.show();
        std::unique_ptr<GuiStallMonitor> stallMonitor;
        if (GuiStallMonitor::requested())
            stallMonitor = std::make_unique<GuiStallMonitor>();
        const QStringList args = QCoreApplication::arguments();
        if (args.size() > 1 && !window.openCommand(args.mid(2)))
            return 2;
        return app.exec();
    }
#endif
    if (argc > 1 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        const SystemTranslator translator;
        std::fputs(qPrintable(CliRunner::overview()), stdout);
        std::fputc('\n', stdout);
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::puts("socketlab " SOCKETLAB_VERSION);
        return 0;
    }
    if (argc > 1 && CliRunner::needsFonts(QString::fromLocal8Bit(argv[1])))
        return runDrawing(argc, argv);
    return runHeadless(argc, argv);
}
