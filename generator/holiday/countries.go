package holiday

import (
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/mx"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/us"
)

// countries are the holiday lists of github.com/rickar/cal/v2 by ISO
// 3166-1 country code, then by region ("" for the whole country; a region
// of its own when the library keeps one, such as Bayern, "BY").
var countries = map[string]map[string][]*cal.Holiday{
	"US": {"": us.Holidays},
	"GB": {"": gb.Holidays},
	"FR": {"": fr.Holidays},
	"CA": {"": ca.Holidays},
	"AT": {"": at.Holidays},
	"NL": {"": nl.Holidays},
	"CH": {"": ch.Holidays, "AG": ch.HolidaysAG, "AI": ch.HolidaysAI, "AR": ch.HolidaysAR, "BE": ch.HolidaysBE, "BL": ch.HolidaysBL, "BS": ch.HolidaysBS, "FR": ch.HolidaysFR, "GE": ch.HolidaysGE, "GL": ch.HolidaysGL, "GR": ch.HolidaysGR, "JU": ch.HolidaysJU, "LU": ch.HolidaysLU, "NE": ch.HolidaysNE, "NW": ch.HolidaysNW, "OW": ch.HolidaysOW, "SG": ch.HolidaysSG, "SH": ch.HolidaysSH, "SO": ch.HolidaysSO, "SZ": ch.HolidaysSZ, "TG": ch.HolidaysTG, "TI": ch.HolidaysTI, "UR": ch.HolidaysUR, "VD": ch.HolidaysVD, "VS": ch.HolidaysVS, "ZG": ch.HolidaysZG, "ZH": ch.HolidaysZH},
	"DE": {"": de.Holidays, "BB": de.HolidaysBB, "BE": de.HolidaysBE, "BW": de.HolidaysBW, "BY": de.HolidaysBY, "HB": de.HolidaysHB, "HE": de.HolidaysHE, "HH": de.HolidaysHH, "MV": de.HolidaysMV, "NI": de.HolidaysNI, "NW": de.HolidaysNW, "RP": de.HolidaysRP, "SH": de.HolidaysSH, "SL": de.HolidaysSL, "SN": de.HolidaysSN, "ST": de.HolidaysST, "TH": de.HolidaysTH},
	"ES": {"": es.Holidays},
	"IT": {"": it.Holidays},
	"AU": {"ACT": au.HolidaysACT, "NSW": au.HolidaysNSW, "NT": au.HolidaysNT, "QLD": au.HolidaysQLD, "SA": au.HolidaysSA, "TAS": au.HolidaysTAS, "VIC": au.HolidaysVIC, "WA": au.HolidaysWA},
	"IE": {"": ie.Holidays},
	"BE": {"": be.Holidays},
	"DK": {"": dk.Holidays},
	"SE": {"": se.Holidays},
	"NO": {"": no.Holidays},
	"FI": {"": fi.Holidays},
	"PL": {"": pl.Holidays},
	"PT": {"": pt.Holidays},
	"NZ": {"": nz.Holidays},
	"MX": {"": mx.Holidays},
	"BR": {"": br.Holidays},
}
