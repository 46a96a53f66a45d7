#!/usr/bin/env python3
"""The xarray peer of docs/performance.md ("the way a scientist would write it"): python3 xarray_convert.py IN OUT."""
import sys

import xarray as xr

src, dst = sys.argv[1], sys.argv[2]
ds = xr.open_dataset(src, use_cftime=True).isel(lat=slice(None, None, -1))
ds["gpp"] = ds.gpp * (1e-3 / 86400)
ds.gpp.attrs["units"] = "kg m-2 s-1"
nlat, nlon = ds.sizes["lat"], ds.sizes["lon"]
ds.to_netcdf(dst, encoding={
    "gpp": {"zlib": True, "complevel": 1, "shuffle": True, "chunksizes": (1, nlat, nlon), "_FillValue": 1e20},
    "time": {"units": "days since 1850-01-01", "calendar": "noleap"},
})
