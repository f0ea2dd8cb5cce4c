/**
 * The paths Linguist's own tests give for its path rules, at the commit the rules were copied
 * from (b45dbe9, v9.6.0-36): test/test_file_blob.rb (test_vendored, test_documentation) and
 * test/test_generated.rb (the name-only checks that can name a TS/JS file).
 */

/** test_vendored: `assert sample_blob(…).vendored?` */
export const VENDORED = [
  'dependencies/windows/headers/GL/glext.h', 'node_modules/coffee-script/lib/coffee-script.js', 'bower_components/custom/custom.js',
  'app/bower_components/custom/custom.js', 'vendor/assets/bower_components/custom/custom.js', 'Godeps/_workspace/src/github.com/kr/s3/sign.go',
  '.indent.pro', 'vendor/plugins/will_paginate/lib/will_paginate.rb', 'Vendor/my_great_file.h', 'thirdparty/lib/main.c',
  'extern/util/__init__.py', 'external/jquery.min.js', 'externals/fmt/CMakeLists.txt', 'External/imgui/imgui.h',
  'deps/http_parser/http_parser.c', 'deps/v8/src/v8.h', 'some/vendored/path/Chart.js', 'codemirror/mode/blah.js',
  'codemirror/5.0/mode/blah.js', 'debian/cron.d', 'env/foo.py', 'rebar', 'some/path/.gitattributes', '.gitignore',
  'special/path/.gitmodules', 'foo.min.js', 'foo.min.css', 'foo-min.js', 'foo-min.css', '.osx', 'public/javascripts/prototype.js',
  'public/javascripts/effects.js', 'public/javascripts/controls.js', 'public/javascripts/dragdrop.js', 'jquery.js',
  'public/javascripts/jquery.js', 'public/javascripts/jquery.min.js', 'public/javascripts/jquery-1.7.js',
  'public/javascripts/jquery-1.7.min.js', 'public/javascripts/jquery-1.5.2.js', 'public/javascripts/jquery-1.6.1.js',
  'public/javascripts/jquery-1.6.1.min.js', 'public/javascripts/jquery-1.10.1.js', 'public/javascripts/jquery-1.10.1.min.js',
  'themes/ui-lightness/jquery-ui.css', 'themes/ui-lightness/jquery-ui-1.8.22.custom.css', 'themes/ui-lightness/jquery.ui.accordion.css',
  'ui/i18n/jquery.ui.datepicker-ar.js', 'ui/i18n/jquery-ui-i18n.js', 'ui/jquery.effects.blind.js', 'ui/jquery-ui-1.8.22.custom.js',
  'ui/jquery-ui-1.8.22.custom.min.js', 'ui/jquery-ui-1.8.22.js', 'ui/jquery-ui-1.8.js', 'ui/jquery-ui.min.js', 'ui/jquery.ui.accordion.js',
  'ui/minified/jquery.effects.blind.min.js', 'ui/minified/jquery.ui.accordion.min.js', 'web-app/jquery-gantt/js/jquery.fn.gantt.js',
  'web-app/fancybox/jquery.fancybox.js', 'web-app/fuelux/js/fuelux.js', 'fileupload-9.0.0/jquery.fileupload-process.js',
  'web-app/slickgrid/controls/slick.columnpicker.js', 'leaflet-plugins/Leaflet.Coordinates-0.5.0.src.js', 'leaflet-plugins/leaflet.draw-src.js',
  'leaflet-plugins/leaflet.spin.js', '.vscode/settings.json', 'public/javascripts/mootools-core-1.3.2-full-compat.js',
  'public/javascripts/mootools-core-1.3.2-full-compat-yc.js', 'public/javascripts/dojo.js', 'public/javascripts/MochiKit.js',
  'public/javascripts/yahoo-dom-event.js', 'public/javascripts/yahoo-min.js', 'public/javascripts/yuiloader-dom-event.js',
  'public/javascripts/ckeditor.js', 'public/javascripts/tiny_mce.js', 'public/javascripts/tiny_mce_popup.js', 'public/javascripts/tiny_mce_src.js',
  'ace-builds/src/ace.js', 'static/project/ace-builds/src/ace.js', 'fontello.css', 'fontello-ie7.css', 'fontello-codes.css',
  'fontello-codes-ie7.css', 'fontello-embedded.css', 'assets/css/fontello.css', 'assets/css/fontello-ie7.css', 'assets/css/fontello-codes.css',
  'assets/css/fontello-codes-ie7.css', 'assets/css/fontello-embedded.css', 'public/javascripts/angular.js', 'public/javascripts/angular.min.js',
  'public/javascripts/d3.v3.js', 'public/javascripts/d3.v3.min.js', 'public/javascripts/modernizr-2.7.1.js',
  'public/javascripts/modernizr.custom.01009.js', 'fabfile.py', 'waf', 'Scripts/jquery-1.7-vsdoc.js', 'Scripts/MicrosoftAjax.debug.js',
  'Scripts/MicrosoftAjax.js', 'Scripts/MicrosoftMvcAjax.debug.js', 'Scripts/MicrosoftMvcAjax.js', 'Scripts/MicrosoftMvcValidation.debug.js',
  'Scripts/MicrosoftMvcValidation.js', 'Scripts/jquery.validate.js', 'Scripts/jquery.validate.min.js', 'Scripts/jquery.validate.unobtrusive.js',
  'Scripts/jquery.validate.unobtrusive.min.js', 'Scripts/jquery.unobtrusive-ajax.js', 'Scripts/jquery.unobtrusive-ajax.min.js',
  'packages/Modernizr.2.0.6/Content/Scripts/modernizr-2.0.6-development-only.js', 'some/asset/path/font-awesome.min.css',
  'some/asset/path/font-awesome.css', 'some/asset/path/normalize.css', 'Carthage/blah', 'iOS/Carthage/blah', 'Scripts/html5shiv.js',
  'Scripts/html5shiv.min.js', 'test/fixtures/random.rkt', 'Test/fixtures/random.rkt', 'tests/fixtures/random.rkt', 'cordova.js',
  'cordova.min.js', 'cordova-2.1.0.js', 'cordova-2.1.0.min.js', 'foundation.js', 'foundation.min.js', 'foundation.abide.js', 'Vagrantfile',
  'gradlew', 'gradlew.bat', 'gradle/wrapper/gradle-wrapper.properties', 'subproject/gradlew', 'subproject/gradlew.bat',
  'subproject/gradle/wrapper/gradle-wrapper.properties', 'mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties', 'subproject/mvnw',
  'subproject/mvnw.cmd', 'subproject/.mvn/wrapper/maven-wrapper.properties', '.DS_Store', 'another-dir/.DS_Store', 'octicons.css',
  'public/octicons.min.css', 'public/octicons/sprockets-octicons.scss', 'activator', 'activator.bat', 'subproject/activator',
  'subproject/activator.bat', '.google_apis/bar.jar', 'foo/.google_apis/bar.jar', 'docs/_build/asset.doc', 'docs/theme/file.css',
  'proguard.pro', 'proguard-rules.pro', 'puphpet/file.pp', 'Fabric.framework/Fabric.h', 'Crashlytics.framework/Crashlytics.h',
  'myapp/My Template.xctemplate/___FILEBASENAME___.h', 'myapp/My Images.xcassets/some/stuff.imageset/Contents.json', 'Jenkinsfile',
  'bootstrap-1.4/misc/other/reset.css', 'bootstrap.10.4/misc/other/reset.css', 'src/bootstrap-5.4.1-beta-dist/js/bundle.js',
  'src/bootstrap-custom.js', 'src/bootstrap-1.4.js', 'src/bootstrap-5.4.1-beta-dist/js/bootstrap.bundle.js',
  'src/bootstrap-5.4.1-beta-dist/js/bootstrap.esm.js', 'src/bootstrap-5.4.1-beta-dist/css/bootstrap.rtl.css', '.github/CODEOWNERS',
  '.github/workflows/test.yml', '.obsidian/app.json', '.obsidian/plugins/templater-obsidian/main.js', '.teamcity/Project_Name_CI/Project.kt',
  '.teamcity/Project_Name_CI/settings.kts', '.teamcity/Project_Name_CI/patches/projects/3b71d400-c5d6-4628-8164-c50b1254cf1d.kts',
  'xvba_modules/excel-types/err.d.vb',
];

/** test_vendored: `assert !sample_blob(…).vendored?` */
export const NOT_VENDORED = [
  'Data/README', 'ext/extconf.rb', 'Godeps/Godeps.json', 'some/vendored/path/chart.js', 'foomin.css', 'foo.min.txt',
  'public/javascripts/application.js', 'public/javascripts/jquery.github.menu.js', 'testing.vscode-testing', 'My-Carthage/blah',
  'iOS/My-Carthage/blah', 'myapp/MyData.json', 'src/bootstraps/settings.js', 'bootstrap/misc/other/reset.css',
];

/** test_documentation, the folder rules (documentation.yml's "Documentation directories" and "Samples folders") */
export const DOCUMENTATION_FOLDERS = [
  'doc/foo.html', 'docs/foo.html', 'Documentation/foo.md', 'documentation/foo.md', 'project/Documentation/foo.md',
  'project/documentation/foo.md', 'javadoc/foo.html', 'project/javadoc/foo.html', 'man/foo.html', 'examples/some-file.pl',
  'Examples/some-example-file.rb', 'Samples/Ruby/foo.rb',
];

/** test_documentation, the file-name rules ("Documentation files"), which blastmap leaves out (linguist/narrowings.ts) */
export const DOCUMENTATION_FILES = [
  'README', 'README.md', 'README.txt', 'Readme', 'readme', 'foo/README', 'CHANGE', 'CHANGE.md', 'CHANGE.txt', 'foo/CHANGE',
  'CHANGELOG', 'CHANGELOG.md', 'CHANGELOG.txt', 'foo/CHANGELOG', 'CHANGES', 'CHANGES.md', 'CHANGES.txt', 'foo/CHANGES',
  'CONTRIBUTING', 'CONTRIBUTING.md', 'CONTRIBUTING.txt', 'foo/CONTRIBUTING', 'LICENSE', 'LICENCE.md', 'License.txt', 'LICENSE.txt',
  'foo/LICENSE', 'COPYING', 'COPYING.md', 'COPYING.txt', 'foo/COPYING', 'INSTALL', 'INSTALL.md', 'INSTALL.txt', 'foo/INSTALL',
];

/** test_documentation: `refute_predicate fixture_blob(…), :documentation?` */
export const NOT_DOCUMENTATION = ['project/doc/foo.html', 'project/docs/foo.html', 'project/man/foo.html', 'foo.md'];

/** test_check_generated, the name-only methods blastmap takes (scripts/linguist-rules.ts GENERATED_BY_NAME) */
export const GENERATED_BY_NAME = [
  'Pods/Pods.xcodeproj', 'Pods/SwiftDependency/foo.swift', 'Pods/ObjCDependency/foo.h', 'Pods/ObjCDependency/foo.m',
  'Dummy/Pods/Pods.xcodeproj', 'Dummy/Pods/SwiftDependency/foo.swift', 'Dummy/Pods/ObjCDependency/foo.h', 'Dummy/Pods/ObjCDependency/foo.m',
  'Carthage/Build/.Dependency.version', 'Carthage/Build/iOS/Dependency.framework', 'Carthage/Build/Mac/Dependency.framework',
  'src/Carthage/Build/.Dependency.version', 'src/Carthage/Build/iOS/Dependency.framework', 'src/Carthage/Build/Mac/Dependency.framework',
  'go/vendor/github.com/foo.go', 'go/vendor/golang.org/src/foo.c', 'go/vendor/gopkg.in/some/nested/path/foo.go', 'Dummy/node_modules/foo.js',
  '.pnp.js', '.pnp.cjs', '.pnp.mjs', '.pnp.loader.mjs', 'Godeps/Godeps.json', 'Godeps/_workspace/src/github.com/kr/s3/sign.go',
  'Javascript/__generated__/App_user.graphql.js', 'htmlcov/index.html', 'htmlcov/coverage_html.js', 'htmlcov/style.css', 'htmlcov/status.json',
  'Dummy/htmlcov/index.html', 'Dummy/htmlcov/coverage_html.js', 'Dummy/htmlcov/style.css', 'Dummy/htmlcov/status.json',
];

/** test_generated (test_file_blob.rb) and test_blob.rb: not generated by these */
export const NOT_GENERATED_BY_NAME = ['My-Pods/blah', 'Carthage/blah', 'Carthage/Checkout/blah', 'My-Carthage/Build/blah', 'vendor/vendor.json', 'go/food_vendor/candy.go'];
