#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

// Stands in for the desktop's file manager or browser in the tab tests: registered with
// QDesktopServices::setUrlHandler(scheme, &recorder, "open"), it records the URLs the app asks
// the desktop to open instead of opening them.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};
