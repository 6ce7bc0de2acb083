#pragma once

#include <QDialog>
#include <QList>

class QTabWidget;
class QTextBrowser;

// Help → Quick Start: one short illustrated page per tab (a diagram of who talks to whom, then
// three or four steps and the command that plays the other end from a script). Opened from the
// Help menu and from the hint an empty log shows; one dialog per window, not modal.
class QuickStartDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Tcp, Udp, Files, Web };

    explicit QuickStartDialog(QWidget *parent = nullptr);

    Page currentPage() const;
    void setCurrentPage(Page page);
    QString pageText(Page page) const;   // the page as plain text (tests)

    // Shows the quick start of `from`'s window at `page`, creating it on first use.
    static QuickStartDialog *showFor(QWidget *from, Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString pageHtml(Page page) const;
    QImage diagram(Page page) const;

    QTabWidget *m_tabs;
    QList<QTextBrowser *> m_browsers;
};
