#pragma once

#include <QByteArray>

// The small HTML page sent with an error status ("404 Not Found" and a sentence saying why).
class HttpErrorPage
{
public:
    static QByteArray html(int status);
};
