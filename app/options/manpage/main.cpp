// socketlab_manpage OUT VERSION DATE: writes the man page socketlab(1) (roff) to OUT, from the
// option tables of the headless commands. Run by the build; no translator is loaded, so the page
// is in English.
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

#include "CommandCatalog.h"
#include "ManPage.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: socketlab_manpage OUT VERSION DATE\n", stderr);
        return 2;
    }
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "socketlab_manpage: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    file.write(ManPage::roff(CommandCatalog::commands(), args.at(2), args.at(3)).toUtf8());
    if (!file.commit()) {
        std::fprintf(stderr, "socketlab_manpage: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
