using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Synthesis;

/// <summary>Writes one model's folder: the regular PREFIX_SIM_var.nc files, then its oddities, then its md5 file.</summary>
internal sealed class SynthModelWriter(string root, SynthProfile profile, ModelRecipe model, int seed)
{
    // v14 ORCHIDEE/S3 held an S0 file (docs/quirks.md §2), so misplaced files go to S3.
    private const string MisplacedInto = "S3";

    private const string LandFractionNote =
        "land-fraction source: a correct converter turns it into the model's sftlf/areacella (variables.csv oceanCoverFrac, land_fraction), not a per-file output";

    private readonly List<SynthFileEntry> _entries = [];
    private readonly SynthGrid _grid = new(profile.GridDegrees, model.Grid);

    public IReadOnlyList<SynthFileEntry> WriteAll()
    {
        foreach (var sim in model.Simulations)
        {
            foreach (var v in model.Variables.Where(v => v.IsIn(sim))) WriteRegular(v, sim);
        }

        foreach (var o in model.Oddities) WriteOddity(o);
        if (model.Has(OddityKind.Md5)) WriteMd5();
        return _entries;
    }

    private void WriteRegular(VariableRecipe v, string sim)
    {
        var folder = model.Find(OddityKind.WrongSimulationFolder, v.Variable, sim) is null ? sim : MisplacedInto;
        var rel = $"{model.Directory}/{folder}/{FileName(sim, v)}";
        var tags = SynthQuirkTags.For(model, v, TimeFor(v));
        if (folder != sim) tags.Add(SynthQuirk.WrongSimulationFolder);
        WriteNetcdf(rel, v, sim, model.Format);
        if (model.Find(OddityKind.Gzip, v.Variable, sim) is not null)
        {
            rel = SynthFiles.Gzip(root, rel);
            tags.Add(SynthQuirk.GzipArchive);
        }

        Add(rel, sim, v.Variable, tags, SynthExpectation.Convert);
    }

    private void WriteOddity(Oddity o)
    {
        var dir = model.Directory;
        switch (o.Kind)
        {
            case OddityKind.Readme:
                AddText($"{dir}/README.txt", SynthFiles.Readme(model), null, SynthQuirk.Readme);
                break;
            case OddityKind.ZonalNbpFolder:
                AddText($"{dir}/zonal_nbp/{model.Prefix}_S3_zonalNBP.txt", SynthFiles.ZonalNbp(_grid), "S3", SynthQuirk.ZonalText);
                break;
            case OddityKind.ZonalTextInSimulationFolder:
                AddText($"{dir}/{MisplacedInto}/{model.Prefix}_S0_zonalNBP.txt", SynthFiles.ZonalNbp(_grid), "S0", SynthQuirk.ZonalText, SynthQuirk.WrongSimulationFolder);
                break;
            case OddityKind.StaticOceanCoverFrac:
                WriteStatic(new VariableRecipe("oceanCoverFrac", UnitEncoding.One), SynthQuirk.StaticOceanCoverFrac);
                break;
            case OddityKind.StaticLandFraction:
                WriteStatic(new VariableRecipe("land_fraction", UnitEncoding.One), SynthQuirk.StaticLandFraction);
                break;
            case OddityKind.RevisedSimulationFolder:
                WriteRevised(o);
                break;
            case OddityKind.NotInTable:
                WriteSpecial(o, new VariableRecipe(o.Variable!, UnitEncoding.One), model.Format, SynthExpectation.Skip, SynthQuirk.VariableNotInTable);
                break;
            case OddityKind.TruncatedNetcdf4:
                WriteSpecial(o, new VariableRecipe(o.Variable!, UnitEncoding.KgPerM2PerS), NcCreateFormat.NetCdf4, SynthExpectation.Fail, SynthQuirk.CorruptTruncatedNetcdf4);
                break;
            case OddityKind.TextNamedNc:
                WriteTextNamedNc(o);
                break;
        }
    }

    private void WriteStatic(VariableRecipe v, string tag)
    {
        var rel = $"{model.Directory}/{model.Prefix}_{v.Variable}.nc";
        var tags = SynthQuirkTags.For(model, v, null);
        tags.Add(tag);
        SynthNetcdfWriter.Write(Request(rel, v, null, [], null, model.Format));
        Add(rel, null, v.Variable, tags, SynthExpectation.Convert, LandFractionNote);
    }

    // v14 CLASSIC/correctedS2: a re-upload of S2 whose files keep the S2 name (docs/quirks.md §2).
    private void WriteRevised(Oddity o)
    {
        var v = model.Variables.First(x => x.Variable == o.Variable);
        var rel = $"{model.Directory}/corrected{o.Simulation}/{FileName(o.Simulation!, v)}";
        var tags = SynthQuirkTags.For(model, v, TimeFor(v));
        tags.Add(SynthQuirk.RevisedSimulationFolder);
        WriteNetcdf(rel, v, o.Simulation!, model.Format);
        Add(rel, o.Simulation, v.Variable, tags, SynthExpectation.Convert);
    }

    private void WriteSpecial(Oddity o, VariableRecipe v, NcCreateFormat format, SynthExpectation expected, string tag)
    {
        var rel = $"{model.Directory}/{o.Simulation}/{FileName(o.Simulation!, v)}";
        WriteNetcdf(rel, v, o.Simulation!, format);
        if (expected == SynthExpectation.Fail) SynthFiles.TruncateToHalf(Path.Combine(root, rel));
        Add(rel, o.Simulation, v.Variable, [.. SynthQuirkTags.ModelTags(model), tag], expected);
    }

    private void WriteTextNamedNc(Oddity o)
    {
        var rel = $"{model.Directory}/{o.Simulation}/{model.Prefix}_{o.Simulation}_{o.Variable}.nc";
        SynthFiles.WriteText(root, rel, SynthFiles.HtmlErrorPage());
        Add(rel, o.Simulation, o.Variable, [SynthQuirk.CorruptTextAsNc], SynthExpectation.Fail);
    }

    private void WriteMd5()
    {
        var rel = $"{model.Directory}/md5sum.txt";
        var files = _entries.Select(e => e.Path).Order(StringComparer.Ordinal).ToList();
        SynthFiles.WriteText(root, rel, SynthFiles.Md5Listing(root, model.Directory, files));
        Add(rel, null, null, [SynthQuirk.Md5], SynthExpectation.Skip);
    }

    private void AddText(string rel, string text, string? sim, params string[] tags)
    {
        SynthFiles.WriteText(root, rel, text);
        Add(rel, sim, null, tags, SynthExpectation.Skip);
    }

    private void WriteNetcdf(string rel, VariableRecipe v, string sim, NcCreateFormat format)
    {
        var time = TimeFor(v);
        var first = model.FirstYear ?? profile.FirstYear;
        var last = first + (profile.LastYear - profile.FirstYear);
        var steps = IsMonthly(v) ? SynthStep.Monthly(first, last) : SynthStep.Annual(first, last);
        SynthNetcdfWriter.Write(Request(rel, v, sim, steps, time, format));
    }

    private SynthFileRequest Request(string rel, VariableRecipe v, string? sim, IReadOnlyList<SynthStep> steps, TimeEncoding? time, NcCreateFormat format)
    {
        var full = Path.Combine(root, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var modelScale = 1 + (0.15 * SynthNoise.Signed(SynthNoise.Hash(model.Directory), seed));
        var stream = SynthNoise.Hash($"{seed}|{rel}");
        return new SynthFileRequest(full, model with { Format = format }, v, sim, steps, time, _grid, modelScale, stream);
    }

    private void Add(string rel, string? sim, string? variable, IReadOnlyList<string> tags, SynthExpectation expected, string? note = null) =>
        _entries.Add(new SynthFileEntry(rel, model.Directory, sim, variable, tags, expected, new FileInfo(Path.Combine(root, rel)).Length, note));

    private string FileName(string sim, VariableRecipe v) => $"{model.Prefix}_{sim}_{v.FileVariable}.nc";

    private bool IsMonthly(VariableRecipe v) => v.Monthly ?? SyntheticField.IsMonthlyByDefault(v.Variable);

    private TimeEncoding TimeFor(VariableRecipe v) => IsMonthly(v) ? model.MonthlyTime : model.AnnualTime;
}
