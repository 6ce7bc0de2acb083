#include "RateUnit.h"

#include <cmath>

RateUnit::RateUnit(int power)
    : m_power(power)
{
}

RateUnit RateUnit::forPeak(double bytesPerSecond)
{
    int power = 0;
    while (power < 3 && bytesPerSecond >= std::pow(1024.0, power + 1))
        ++power;
    return RateUnit(power);
}

double RateUnit::divisor() const
{
    return std::pow(1024.0, m_power);
}

QString RateUnit::name() const
{
    switch (m_power) {
    case 0:
        return tr("bytes/s");
    case 1:
        return tr("KiB/s");
    case 2:
        return tr("MiB/s");
    default:
        return tr("GiB/s");
    }
}

double RateUnit::scaled(double bytesPerSecond) const
{
    return bytesPerSecond / divisor();
}
