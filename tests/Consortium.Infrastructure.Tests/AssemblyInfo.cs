using System.Runtime.Versioning;

// The Bicep CLI these tests run is the linux-x64 build from NuGet.
[assembly: SupportedOSPlatform("linux")]
