using Trendy.Core.Batch;
using Trendy.Core.Identify;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// What <see cref="ConversionService.Convert"/> is asked to do for one file: the item (its input path may be a
/// staged copy of an archive), the identity discovery gave it, the run's settings, and the clock-dependent globals.
/// </summary>
public sealed record FileConversion(WorkItem Item, FileIdentity Identity, ConversionSettings Settings, IReadOnlyList<KeyValuePair<string, string>> ExtraGlobals);
